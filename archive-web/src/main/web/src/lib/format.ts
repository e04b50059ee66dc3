/** How catalogue values read on the page. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A catalogue date (EDTF subset: `1841`, `1841-03`, `1841-03-14`, `1841~`, `1841?`, `1835/1837`)
 * as words: "14 March 1841", "c. 1841", "1841?", "1835–1837". Anything else is shown as written.
 */
export function formatHistoricalDate(text: string | null | undefined): string {
  if (!text) return '';
  const parts = text.split('/');
  if (parts.length > 2) return text;
  const formatted = parts.map(formatSingleDate);
  if (formatted.some((part) => part === null)) return text;
  return formatted.join('–');
}

function formatSingleDate(text: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~]?)$/.exec(text);
  if (!match) return null;
  const [, year, month, day, qualifier] = match;
  const monthIndex = month ? Number(month) - 1 : -1;
  if (month && !MONTHS[monthIndex]) return null;
  let words = year;
  if (month) words = `${MONTHS[monthIndex]} ${year}`;
  if (day) words = `${Number(day)} ${words}`;
  if (qualifier === '~') return `c. ${words}`;
  if (qualifier === '?') return `${words}?`;
  return words;
}

/** A person's life dates: "1805–1847", "born 1805", "died 1847", or nothing. */
export function lifeDates(born?: string | null, died?: string | null): string {
  const from = formatHistoricalDate(born);
  const to = formatHistoricalDate(died);
  if (from && to) return `${from}–${to}`;
  if (from) return `born ${from}`;
  if (to) return `died ${to}`;
  return '';
}

const INSTANT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A moment recorded by the system, in the reader's time zone: "14 Mar 2025, 14:03". */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : INSTANT.format(date);
}

/** An enum constant as a word: "MANUSCRIPT" → "Manuscript". */
export function humanise(constant: string | null | undefined): string {
  if (!constant) return '';
  const words = constant.toLowerCase().replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

/** An ISO 639 code with its English name where the browser knows it: "German (de)". */
export function languageName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** "1 work", "3 works". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

/** A melodic similarity (0 to 1) as a whole percentage: "93% similar". */
export function formatSimilarity(score: number): string {
  const percent = Number.isFinite(score) ? Math.round(Math.min(1, Math.max(0, score)) * 100) : 0;
  return `${percent}% similar`;
}
