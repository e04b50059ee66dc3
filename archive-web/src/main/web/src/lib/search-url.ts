import { apiPage, readPage, readText } from './query';
import type { FacetName } from './types';

/**
 * The search page's state lives in its address, so a search can be shared, bookmarked and gone
 * back to: `/search?q=…&composer=…&sort=…&page=…` for words, and
 * `/search?melody=…&notation=…&match=…&verbatimOnly=true` for a melody. A facet parameter repeats
 * for several values. Defaults are left out, so each state has one address; pages count from 1.
 */

export const FACETS: readonly FacetName[] = ['composer', 'period', 'genre', 'instrumentation', 'key', 'format', 'rights', 'restoration', 'ai'];

export type SearchSort = 'relevance' | 'title' | 'composer' | 'date' | '-date';
export const SEARCH_SORTS: readonly { value: SearchSort; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'title', label: 'Title' },
  { value: 'composer', label: 'Composer' },
  { value: 'date', label: 'Date, oldest first' },
  { value: '-date', label: 'Date, newest first' },
];

export type Filters = Record<FacetName, string[]>;

export interface TextSearch {
  q: string;
  filters: Filters;
  sort: SearchSort;
  /** 1-based. */
  page: number;
}

export type Notation = 'notes' | 'abc' | 'pae';
export const NOTATIONS: readonly Notation[] = ['notes', 'abc', 'pae'];

export type MatchMode = 'exact' | 'contour' | 'rhythm';
export const MATCH_MODES: readonly MatchMode[] = ['exact', 'contour', 'rhythm'];

export interface MelodySearch {
  melody: string;
  notation: Notation;
  match: MatchMode;
  /** Leave out works whose match needs supplied notes. */
  verbatimOnly: boolean;
}

export type SearchMode = 'words' | 'melody';

/** How many values one facet parameter may carry; more would only be a mistake. */
const MAX_VALUES = 50;
const MAX_TEXT = 500;

export function emptyFilters(): Filters {
  return Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Filters;
}

/** The melody panel is open when a melody is in the address, or `mode=melody` asks for it. */
export function readMode(params: URLSearchParams): SearchMode {
  return params.has('melody') || params.get('mode') === 'melody' ? 'melody' : 'words';
}

export function readTextSearch(params: URLSearchParams): TextSearch {
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const values = params
      .getAll(facet)
      .map((value) => value.trim())
      .filter((value) => value && value.length <= MAX_TEXT);
    filters[facet] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  const sortParam = params.get('sort');
  const sort = SEARCH_SORTS.find((option) => option.value === sortParam)?.value ?? 'relevance';
  return { q: readText(params, 'q').slice(0, MAX_TEXT), filters, sort, page: readPage(params) };
}

export function hasFilters(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0);
}

/** Whether there is anything to search for: words, or at least one filter. */
export function isSearchable(state: TextSearch): boolean {
  return state.q !== '' || hasFilters(state.filters);
}

function textParams(state: TextSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The page's address for a search by words. */
export function textSearchHref(state: TextSearch): string {
  const params = textParams(state);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

/** The API request for a search by words (its pages count from 0). */
export function textSearchApiPath(state: TextSearch, size: number): string {
  const params = textParams(state);
  params.set('sort', state.sort);
  params.set('page', String(apiPage(state.page)));
  params.set('size', String(size));
  return `/search?${params.toString()}`;
}

/** The most values of one facet the API counts in one search. */
export const MORE_FACET_VALUES = 100;

/** The API request for the same search with up to 100 values of every facet and no hits to speak of. */
export function allFacetValuesApiPath(state: TextSearch): string {
  const params = textParams(state);
  params.set('size', '1');
  params.set('facetValues', String(MORE_FACET_VALUES));
  return `/search?${params.toString()}`;
}

/** The search with a facet value added or taken away; back to page 1. */
export function toggleFilter(state: TextSearch, facet: FacetName, value: string): TextSearch {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [facet]: next }, page: 1 };
}

/** The search without any filters; back to page 1. */
export function clearFilters(state: TextSearch): TextSearch {
  return { ...state, filters: emptyFilters(), page: 1 };
}

/** Each active filter, in facet order then in the order chosen. */
export function activeFilters(filters: Filters): { facet: FacetName; value: string }[] {
  return FACETS.flatMap((facet) => filters[facet].map((value) => ({ facet, value })));
}

export function readMelodySearch(params: URLSearchParams): MelodySearch {
  const notation = params.get('notation');
  const match = params.get('match');
  return {
    melody: readText(params, 'melody').slice(0, MAX_TEXT),
    notation: NOTATIONS.find((n) => n === notation) ?? 'notes',
    match: MATCH_MODES.find((m) => m === match) ?? 'exact',
    verbatimOnly: params.get('verbatimOnly') === 'true',
  };
}

/** The page's address for a melodic search; `/search?mode=melody` while there is no melody yet. */
export function melodySearchHref(state: MelodySearch): string {
  const melody = state.melody.trim();
  if (!melody) return '/search?mode=melody';
  const params = new URLSearchParams({ melody });
  if (state.notation !== 'notes') params.set('notation', state.notation);
  if (state.match !== 'exact') params.set('match', state.match);
  if (state.verbatimOnly) params.set('verbatimOnly', 'true');
  return `/search?${params.toString()}`;
}

/** The API request for a melodic search; every choice is sent, defaults included. */
export function melodySearchApiPath(state: MelodySearch, limit: number): string {
  const params = new URLSearchParams({
    melody: state.melody.trim(),
    notation: state.notation,
    match: state.match,
    verbatimOnly: String(state.verbatimOnly),
    limit: String(limit),
  });
  return `/search/melody?${params.toString()}`;
}

export function sameMelodySearch(a: MelodySearch, b: MelodySearch): boolean {
  return a.melody.trim() === b.melody.trim() && a.notation === b.notation && a.match === b.match && a.verbatimOnly === b.verbatimOnly;
}
