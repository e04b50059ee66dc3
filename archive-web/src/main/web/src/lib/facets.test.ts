import { describe, expect, it } from 'vitest';
import { FACET_SHOWN, facetEntries, facetValueLabel, mayHaveMore, shownEntries } from './facets';
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

describe('more facet values', () => {
  const value = (n: number, selected = false) => ({ value: `v${n}`, count: 100 - n, selected });

  it('may be more when the search counted as many values as it shows', () => {
    expect(mayHaveMore(Array.from({ length: 10 }, (_, i) => value(i)))).toBe(true);
    expect(mayHaveMore(Array.from({ length: 9 }, (_, i) => value(i)))).toBe(false);
  });

  it('does not count chosen values, which come on top of the most frequent', () => {
    const counts = [...Array.from({ length: 9 }, (_, i) => value(i)), value(50, true)];
    expect(mayHaveMore(counts)).toBe(false);
  });
});
