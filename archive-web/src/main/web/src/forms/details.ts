/** Between what a form holds (text as typed) and what the API takes (trimmed values, lists, ids). */

/** Trimmed text, or null when nothing was typed. */
export function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}

/** A one-entry-per-line text as a list, without blank lines. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function joinLines(list: readonly string[] | undefined): string {
  return (list ?? []).join('\n');
}

/** The fields whose values differ between two versions of a form, in the order of `after`. */
export function changedFields<F extends object>(before: F, after: F): (keyof F & string)[] {
  return (Object.keys(after) as (keyof F & string)[]).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** How catalogue dates are written (a subset of EDTF). */
export const DATE_HINT = 'For example 1841, 1841-03-14, 1841~ (approximate), 1841? (uncertain) or a range 1835/1837.';
export const SINGLE_DATE_HINT = 'For example 1805-11-14, 1805, 1760~ (approximate) or 1760? (uncertain).';
