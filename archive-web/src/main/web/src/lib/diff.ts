import type { ClauseDiff, Word, WordOp } from './governance';

/**
 * What the pages need to show a word-level difference: runs of words with the same operation
 * (one `<ins>` or `<del>` per run, not per word) and the spacing between them. The API's words
 * come without the spaces between them; a word that is punctuation joins the word before it.
 */

export interface Run {
  op: WordOp;
  text: string;
  /** Whether a space separates this run from the one before. */
  spaceBefore: boolean;
}

const CLOSING = /^[.,;:!?%)\]}»”’]+$/;
const OPENING = /[([{«“‘]$/;

/** Whether a space goes between two words of running text. */
function spaced(previous: string | undefined, next: string): boolean {
  if (previous === undefined) return false;
  if (/\s$/.test(previous) || /^\s/.test(next)) return false;
  return !CLOSING.test(next) && !OPENING.test(previous);
}

/** Consecutive words with the same operation, as runs of text. */
export function toRuns(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let previous: string | undefined;
  for (const word of words) {
    if (!word.text) continue;
    const space = spaced(previous, word.text);
    const last = runs[runs.length - 1];
    if (last && last.op === word.op) {
      last.text += (space ? ' ' : '') + word.text;
    } else {
      runs.push({ op: word.op, text: word.text, spaceBefore: space });
    }
    previous = word.text;
  }
  return runs;
}

/** The text on one side of a difference: before (`same` + `removed`) or after (`same` + `added`). */
export function sideText(words: readonly Word[], side: 'before' | 'after'): string {
  const skip: WordOp = side === 'before' ? 'added' : 'removed';
  return toRuns(words.filter((word) => word.op !== skip))
    .map((run) => (run.spaceBefore ? ' ' : '') + run.text)
    .join('');
}

/** Whether anything was added or removed. */
export function hasChanges(words: readonly Word[]): boolean {
  return words.some((word) => word.op !== 'same');
}

/**
 * A word-level difference between two texts computed here (an amendment against the clause's
 * current text): the longest common subsequence of their words. Texts are at most 5,000
 * characters, so the quadratic table stays small.
 */
export function wordDiff(before: string, after: string): Word[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const words: Word[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      words.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      words.push({ op: 'removed', text: a[i++] });
    } else {
      words.push({ op: 'added', text: b[j++] });
    }
  }
  while (i < n) words.push({ op: 'removed', text: a[i++] });
  while (j < m) words.push({ op: 'added', text: b[j++] });
  // Within a changed stretch, show what was removed before what was added.
  return groupChanges(words);
}

function groupChanges(words: Word[]): Word[] {
  const result: Word[] = [];
  let removed: Word[] = [];
  let added: Word[] = [];
  const flush = () => {
    result.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const word of words) {
    if (word.op === 'removed') removed.push(word);
    else if (word.op === 'added') added.push(word);
    else {
      flush();
      result.push(word);
    }
  }
  flush();
  return result;
}

/** "Clause 2 (now 3): changed", the heading of one clause's difference. */
export function clauseChangeHeading(clause: Pick<ClauseDiff, 'change' | 'fromNumber' | 'toNumber'>): string {
  const from = clause.fromNumber ?? null;
  const to = clause.toNumber ?? null;
  switch (clause.change) {
    case 'added':
      return `Clause ${to ?? '?'}: added`;
    case 'removed':
      return `Clause ${from ?? '?'}: removed`;
    default: {
      const name = from !== null && to !== null && from !== to ? `Clause ${from} (now ${to})` : `Clause ${to ?? from ?? '?'}`;
      return `${name}: ${clause.change === 'changed' ? 'changed' : from !== to ? 'moved' : 'unchanged'}`;
    }
  }
}

/** "2 clauses changed, 1 added, 1 removed", or that nothing changed. */
export function diffSummary(clauses: readonly Pick<ClauseDiff, 'change' | 'fromNumber' | 'toNumber'>[], titleOrPurposeChanged: boolean): string {
  const counts = { changed: 0, added: 0, removed: 0, moved: 0 };
  for (const clause of clauses) {
    if (clause.change === 'unchanged') {
      if ((clause.fromNumber ?? null) !== (clause.toNumber ?? null)) counts.moved++;
    } else {
      counts[clause.change]++;
    }
  }
  const parts: string[] = [];
  if (counts.changed) parts.push(`${counts.changed} ${counts.changed === 1 ? 'clause' : 'clauses'} changed`);
  if (counts.added) parts.push(`${counts.added} added`);
  if (counts.removed) parts.push(`${counts.removed} removed`);
  if (counts.moved) parts.push(`${counts.moved} moved`);
  if (titleOrPurposeChanged) parts.unshift(parts.length ? 'title or purpose changed' : 'only the title or purpose changed');
  if (!parts.length) return 'No differences.';
  const text = parts.join(', ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}
