import { describe, expect, it } from 'vitest';
import { FACET_SHOWN, facetEntries, facetValueLabel, shownEntries } from './facets';
import type { FacetCount } from './types';

const counts = (n: number): FacetCount[] => Array.from({ length: n }, (_, i) => ({ value: `v${i + 1}`, count: 100 - i, selected: false }));

describe('facet values', () => {
  it('marks chosen values and keeps chosen ones the answer left out', () => {
    const entries = facetEntries([{ value: 'Lied', count: 4, selected: false }], ['Lied', 'Motet']);
    expect(entries).toEqual([
      { value: 'Lied', count: 4, selected: true },
      { value: 'Motet', count: 0, selected: true },
    ]);
  });

  it('shows the first ten, every chosen one, and all when expanded', () => {
    const entries = facetEntries(counts(14), ['v13']);
    const collapsed = shownEntries(entries, false);
    expect(collapsed.shown.map((e) => e.value)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v13']);
    expect(collapsed.hidden).toBe(3);
    expect(shownEntries(entries, true).shown).toHaveLength(14);
    expect(shownEntries(counts(FACET_SHOWN), false).hidden).toBe(0);
  });

  it('names values as readers know them', () => {
    expect(facetValueLabel('period', 'ROMANTIC')).toBe('Romantic');
    expect(facetValueLabel('format', 'MUSICXML')).toBe('MusicXML');
    expect(facetValueLabel('format', 'MEI')).toBe('MEI');
    expect(facetValueLabel('rights', 'https://creativecommons.org/publicdomain/zero/1.0/')).toBe('CC0 1.0: no rights reserved');
    expect(facetValueLabel('composer', 'Antonín Dvořák')).toBe('Antonín Dvořák');
    expect(facetValueLabel('key', 'C')).toBe('C');
  });
});
