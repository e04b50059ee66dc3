import { formatLabel } from './files';
import { humanise } from './format';
import { looksLikeUri, rightsLabel } from './rights';
import type { FacetCount, FacetName } from './types';

/** How facets and their values are named on the page, and which values a facet shows. */

export const FACET_LABELS: Record<FacetName, string> = {
  composer: 'Composer',
  period: 'Period',
  genre: 'Genre',
  instrumentation: 'Instrumentation',
  key: 'Key',
  format: 'Format',
  rights: 'Rights',
  restoration: 'Restoration',
  ai: 'AI involvement',
};

/** How many values a facet shows before "Show all". */
export const FACET_SHOWN = 10;

/**
 * Whether a facet may have more values than the search counted: the API counts the
 * {@link FACET_SHOWN} most frequent ones (besides those chosen), so a full list may go on.
 */
export function mayHaveMore(counts: readonly FacetCount[]): boolean {
  return counts.filter((entry) => !entry.selected).length >= FACET_SHOWN;
}

/** A facet value as a reader knows it: "ROMANTIC" → "Romantic", "MXL" → "MusicXML (compressed)", a rights URI → its name. */
export function facetValueLabel(facet: FacetName, value: string): string {
  if (facet === 'rights' && looksLikeUri(value)) return rightsLabel(value);
  if (facet === 'format') return formatLabel(value);
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && value.length > 1) return humanise(value);
  return value;
}

/**
 * A facet's values with what the address selects: a chosen value the answer left out (no works
 * have it with the other filters) is still listed, with a count of 0, so it can be unchosen.
 */
export function facetEntries(counts: readonly FacetCount[], chosen: readonly string[]): FacetCount[] {
  const listed = counts.map((entry) => ({ ...entry, selected: entry.selected || chosen.includes(entry.value) }));
  const missing = chosen.filter((value) => !counts.some((entry) => entry.value === value));
  return [...listed, ...missing.map((value) => ({ value, count: 0, selected: true }))];
}

/**
 * The values shown: the first {@link FACET_SHOWN}, or all when expanded; chosen values are shown
 * even when the list is short, so every active filter stays in view.
 */
export function shownEntries(entries: readonly FacetCount[], expanded: boolean): { shown: FacetCount[]; hidden: number } {
  if (expanded || entries.length <= FACET_SHOWN) return { shown: [...entries], hidden: 0 };
  const shown = entries.filter((entry, index) => index < FACET_SHOWN || entry.selected);
  return { shown, hidden: entries.length - shown.length };
}
