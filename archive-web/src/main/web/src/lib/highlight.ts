import type { Fragment } from './types';

/**
 * Search highlights arrive as fragments of a field's text, each marked as matching the query or
 * not; the page renders matching ones as `<mark>` elements (never as HTML the server wrote).
 */

/** Highlight fragments without empty pieces, neighbours of the same kind joined. */
export function tidyFragments(fragments: readonly Fragment[] | null | undefined): Fragment[] {
  const tidy: Fragment[] = [];
  for (const fragment of fragments ?? []) {
    if (!fragment || typeof fragment.text !== 'string' || !fragment.text) continue;
    const last = tidy[tidy.length - 1];
    const match = fragment.match === true;
    if (last && last.match === match) last.text += fragment.text;
    else tidy.push({ text: fragment.text, match });
  }
  return tidy;
}

/** Whether the fragments mark any matched words. */
export function hasMatch(fragments: readonly Fragment[]): boolean {
  return fragments.some((fragment) => fragment.match);
}
