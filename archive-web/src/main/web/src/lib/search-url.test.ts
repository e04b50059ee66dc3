import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  clearFilters,
  emptyFilters,
  isSearchable,
  melodySearchApiPath,
  melodySearchHref,
  readMelodySearch,
  readMode,
  readTextSearch,
  sameMelodySearch,
  textSearchApiPath,
  allFacetValuesApiPath,
  textSearchHref,
  toggleFilter,
  type TextSearch,
} from './search-url';

const params = (query: string) => new URLSearchParams(query);
const at = (href: string) => new URL(href, 'https://ricercar.example').searchParams;

describe('a search by words in the address', () => {
  it('reads words, repeated facet values, order and page', () => {
    const state = readTextSearch(params('q=%20serenade%20&composer=Anton%C3%ADn%20Dvo%C5%99%C3%A1k&composer=Josef%20Suk&period=ROMANTIC&sort=-date&page=3'));
    expect(state.q).toBe('serenade');
    expect(state.filters.composer).toEqual(['Antonín Dvořák', 'Josef Suk']);
    expect(state.filters.period).toEqual(['ROMANTIC']);
    expect(state.filters.genre).toEqual([]);
    expect(state.sort).toBe('-date');
    expect(state.page).toBe(3);
  });

  it('falls back to relevance and page 1, and ignores blank or repeated values', () => {
    const state = readTextSearch(params('sort=shoe&page=x&key=&key=%20&genre=Lied&genre=Lied'));
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(state.filters.key).toEqual([]);
    expect(state.filters.genre).toEqual(['Lied']);
  });

  it('writes the same state back, without defaults', () => {
    const href = '/search?q=serenade&composer=Anton%C3%ADn+Dvo%C5%99%C3%A1k&composer=Josef+Suk&ai=none&sort=title&page=2';
    const state = readTextSearch(at(href));
    expect(textSearchHref(state)).toBe(href);
    expect(readTextSearch(at(textSearchHref(state)))).toEqual(state);
    expect(textSearchHref({ q: '', filters: emptyFilters(), sort: 'relevance', page: 1 })).toBe('/search');
    expect(textSearchHref({ q: 'lied', filters: emptyFilters(), sort: 'relevance', page: 1 })).toBe('/search?q=lied');
  });

  it('asks the API for a 0-based page with its size and order', () => {
    const state = readTextSearch(params('q=lied&genre=Lied&page=2'));
    expect(textSearchApiPath(state, 20)).toBe('/search?q=lied&genre=Lied&sort=relevance&page=1&size=20');
    const filtersOnly = readTextSearch(params('composer=Fanny%20Hensel'));
    expect(at(textSearchApiPath(filtersOnly, 20)).get('q')).toBeNull();
    expect(at(textSearchApiPath(filtersOnly, 20)).get('page')).toBe('0');
  });

  it('asks for every facet value of the same search when a list is expanded', () => {
    const state = readTextSearch(params('q=lied&genre=Lied&page=2'));
    expect(allFacetValuesApiPath(state)).toBe('/search?q=lied&genre=Lied&size=1&facetValues=100');
  });

  it('needs words or a filter before searching', () => {
    expect(isSearchable(readTextSearch(params('')))).toBe(false);
    expect(isSearchable(readTextSearch(params('q=x')))).toBe(true);
    expect(isSearchable(readTextSearch(params('format=MEI')))).toBe(true);
  });
});

describe('changing filters', () => {
  const state: TextSearch = readTextSearch(params('q=trio&composer=Clara%20Schumann&page=4'));

  it('adds and removes a value and goes back to page 1', () => {
    const added = toggleFilter(state, 'composer', 'Louise Farrenc');
    expect(added.filters.composer).toEqual(['Clara Schumann', 'Louise Farrenc']);
    expect(added.page).toBe(1);
    const removed = toggleFilter(added, 'composer', 'Clara Schumann');
    expect(removed.filters.composer).toEqual(['Louise Farrenc']);
    expect(state.filters.composer).toEqual(['Clara Schumann']);
  });

  it('clears every filter but keeps the words and order', () => {
    const cleared = clearFilters(toggleFilter(state, 'key', 'C minor'));
    expect(activeFilters(cleared.filters)).toEqual([]);
    expect(cleared.q).toBe('trio');
    expect(textSearchHref(cleared)).toBe('/search?q=trio');
  });

  it('lists active filters in facet order', () => {
    const state2 = readTextSearch(params('key=C%20minor&composer=A&composer=B'));
    expect(activeFilters(state2.filters)).toEqual([
      { facet: 'composer', value: 'A' },
      { facet: 'composer', value: 'B' },
      { facet: 'key', value: 'C minor' },
    ]);
  });
});

describe('a melodic search in the address', () => {
  it('chooses the melody view from the address', () => {
    expect(readMode(params('q=x'))).toBe('words');
    expect(readMode(params('mode=melody'))).toBe('melody');
    expect(readMode(params('melody=c%20d%20e'))).toBe('melody');
  });

  it('reads the melody and its options, with defaults for anything unknown', () => {
    expect(readMelodySearch(params('melody=%274C8DE&notation=pae&match=contour&verbatimOnly=true'))).toEqual({
      melody: "'4C8DE",
      notation: 'pae',
      match: 'contour',
      verbatimOnly: true,
    });
    expect(readMelodySearch(params('melody=c%20d&notation=midi&match=fuzzy&verbatimOnly=yes'))).toEqual({
      melody: 'c d',
      notation: 'notes',
      match: 'exact',
      verbatimOnly: false,
    });
  });

  it('writes the melody into a shareable address and back', () => {
    const search = { melody: 'C#4:1/8 D4:1/4', notation: 'notes' as const, match: 'rhythm' as const, verbatimOnly: true };
    const href = melodySearchHref(search);
    expect(href).toBe('/search?melody=C%234%3A1%2F8+D4%3A1%2F4&match=rhythm&verbatimOnly=true');
    expect(readMelodySearch(at(href))).toEqual(search);
    expect(melodySearchHref({ ...search, melody: '  ' })).toBe('/search?mode=melody');
  });

  it('sends every option to the API', () => {
    const path = melodySearchApiPath({ melody: ' c d e f g ', notation: 'notes', match: 'exact', verbatimOnly: false }, 20);
    expect(path).toBe('/search/melody?melody=c+d+e+f+g&notation=notes&match=exact&verbatimOnly=false&limit=20');
  });

  it('compares searches by what they ask', () => {
    const a = { melody: 'c d', notation: 'notes' as const, match: 'exact' as const, verbatimOnly: false };
    expect(sameMelodySearch(a, { ...a, melody: ' c d ' })).toBe(true);
    expect(sameMelodySearch(a, { ...a, match: 'contour' })).toBe(false);
  });
});
