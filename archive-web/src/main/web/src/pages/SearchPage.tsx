import { useState } from 'preact/hooks';
import { FacetPanel } from '../components/FacetPanel';
import { FilterChips } from '../components/FilterChips';
import { Heading } from '../components/Heading';
import { Incipit } from '../components/Incipit';
import { MelodyPanel } from '../components/MelodyPanel';
import { MelodyResults } from '../components/MelodyResults';
import { Pager } from '../components/Pager';
import { SearchBox } from '../components/SearchBox';
import { SearchResults } from '../components/SearchResults';
import { SortForm } from '../components/SortForm';
import { Loading } from '../components/Status';
import { announce } from '../lib/announce';
import { getJson } from '../lib/api';
import { count } from '../lib/format';
import type { ApiError } from '../lib/problem';
import { useResource } from '../lib/resource';
import { navigate, useLocation } from '../lib/router';
import {
  activeFilters,
  allFacetValuesApiPath,
  clearFilters,
  isSearchable,
  melodySearchApiPath,
  melodySearchHref,
  readMelodySearch,
  readMode,
  readTextSearch,
  SEARCH_SORTS,
  textSearchApiPath,
  textSearchHref,
  toggleFilter,
  type TextSearch,
} from '../lib/search-url';
import type { MelodyResponse, SearchResponse } from '../lib/types';

const PAGE_SIZE = 20;
const MELODY_LIMIT = 20;

/**
 * Search by words (with facets) or by melody, at /search. Everything is in the address — the words,
 * the filters, the order, the page, the melody and its options — so a search can be shared and
 * Back returns to the previous one. The two kinds are two views of the page, chosen by links.
 */
export function SearchPage() {
  const { path, params, search } = useLocation();
  const mode = readMode(params);
  const here = path + search;
  const q = mode === 'words' ? readTextSearch(params).q : '';
  return (
    <>
      <Heading>{mode === 'melody' ? 'Melodic search' : q ? `Search: “${q}”` : 'Search'}</Heading>
      <nav class="search-tabs" aria-label="Search by">
        <a href={mode === 'words' ? here : '/search'} class={mode === 'words' ? 'current' : undefined} aria-current={mode === 'words' ? 'page' : undefined}>
          Words
        </a>
        <a href={mode === 'melody' ? here : '/search?mode=melody'} class={mode === 'melody' ? 'current' : undefined} aria-current={mode === 'melody' ? 'page' : undefined}>
          Melody
        </a>
      </nav>
      {mode === 'melody' ? <MelodySearchView params={params} search={search} /> : <WordSearchView params={params} search={search} />}
    </>
  );
}

/** Whether trying again may help: the archive or the network failed, not the request. */
function retryable(error: ApiError | undefined): boolean {
  return !!error && (error.status === 0 || error.status >= 500);
}

function problemText(error: ApiError | undefined): string | undefined {
  return error ? (error.problem.detail ?? error.problem.title) : undefined;
}

function WordSearchView({ params, search }: { params: URLSearchParams; search: string }) {
  const state = readTextSearch(params);
  const searchable = isSearchable(state);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const results = useResource(async (signal) => {
    if (!searchable) return null;
    const found = (await getJson<SearchResponse>(textSearchApiPath(state, PAGE_SIZE), signal)).body;
    announce(found.total ? `${count(found.total, 'work')} found.` : 'No works found.');
    return found;
  }, search);
  // Changes made on the page keep the focus where it is; one that empties the search shows the
  // page's introduction, and the focus goes to its heading.
  const go = (next: TextSearch) => navigate(textSearchHref(next), { keepFocus: isSearchable(next) });
  const data = results.data;
  const activeCount = activeFilters(state.filters).length;
  const totalPages = data ? Math.ceil(data.total / Math.max(1, data.size || PAGE_SIZE)) : 0;

  return (
    <>
      <SearchBox prominent initial={state.q} error={problemText(results.error)} onSearch={(q) => go({ ...state, q, page: 1 })} />
      {!searchable ? (
        <p>
          Type a title, a composer, a catalogue number or words of a text. Accents do not matter: “Dvorak” finds “Dvořák”. To search for a
          tune, use the <a href="/search?mode=melody">melodic search</a>.
        </p>
      ) : (
        <div class="search-layout">
          <div class="facet-column">
            <button
              type="button"
              class="button secondary filters-toggle"
              aria-expanded={filtersOpen ? 'true' : 'false'}
              aria-controls="facet-panel"
              onClick={() => setFiltersOpen(!filtersOpen)}
            >
              Filters{activeCount ? ` (${activeCount} active)` : ''}
            </button>
            <div id="facet-panel" class={filtersOpen ? 'facet-drawer open' : 'facet-drawer'}>
              {data && (
                <FacetPanel
                  facets={data.facets ?? {}}
                  filters={state.filters}
                  onToggle={(facet, value) => go(toggleFilter(state, facet, value))}
                  loadAll={() => getJson<SearchResponse>(allFacetValuesApiPath(state)).then((r) => r.body?.facets ?? {})}
                />
              )}
            </div>
          </div>
          <div class="search-main" aria-busy={results.loading ? 'true' : undefined}>
            <FilterChips
              filters={state.filters}
              onRemove={(facet, value) => go(toggleFilter(state, facet, value))}
              onClear={() => go(clearFilters(state))}
              fallbackFocusId="search-count"
            />
            {retryable(results.error) && (
              <p>
                <button type="button" class="button secondary" onClick={results.reload}>
                  Try again
                </button>
              </p>
            )}
            {!data && !results.error && <Loading what="Searching…" />}
            {data && (
              <>
                <div class="list-controls">
                  <p class="list-count" id="search-count" tabIndex={-1}>
                    {data.total ? `${count(data.total, 'work')} found.` : 'No works match this search.'}
                  </p>
                  {data.total > 1 && (
                    <SortForm key={state.sort} options={SEARCH_SORTS} current={state.sort} onApply={(sort) => navigate(textSearchHref({ ...state, sort, page: 1 }))} />
                  )}
                </div>
                {data.hits.length > 0 && <SearchResults hits={data.hits} start={(state.page - 1) * PAGE_SIZE + 1} />}
                <Pager page={state.page} totalPages={totalPages} hrefFor={(page) => textSearchHref({ ...state, page })} />
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}

function MelodySearchView({ params, search }: { params: URLSearchParams; search: string }) {
  const state = readMelodySearch(params);
  const results = useResource(async (signal) => {
    if (!state.melody) return null;
    const found = (await getJson<MelodyResponse>(melodySearchApiPath(state, MELODY_LIMIT), signal)).body;
    announce(found.hits.length ? `${count(found.hits.length, 'work')} found.` : 'No works contain this melody.');
    return found;
  }, search);
  const data = state.melody ? results.data : null;

  return (
    <>
      <MelodyPanel
        current={state}
        parsedQuery={data?.query}
        error={problemText(results.error)}
        onSearch={(next) => navigate(melodySearchHref(next), { keepFocus: true })}
      />
      {state.melody && (
        <section class="melody-found" aria-labelledby="melody-results-heading" aria-busy={results.loading ? 'true' : undefined}>
          <h2 id="melody-results-heading">Works with this melody</h2>
          {retryable(results.error) && (
            <p>
              <button type="button" class="button secondary" onClick={results.reload}>
                Try again
              </button>
            </p>
          )}
          {!data && !results.error && <Loading what="Searching…" />}
          {data && (
            <>
              {data.query && (
                <div class="melody-query">
                  <p class="hint">The melody as the archive read it:</p>
                  <Incipit incipit={data.query} compact legend={false} />
                </div>
              )}
              <p class="list-count">
                {!data.hits.length
                  ? 'No works contain this melody.'
                  : data.hits.length >= MELODY_LIMIT
                    ? `The ${MELODY_LIMIT} most similar works, most similar first.`
                    : `${count(data.hits.length, 'work')} found, most similar first.`}
              </p>
              {data.hits.length > 0 && <MelodyResults hits={data.hits} />}
            </>
          )}
        </section>
      )}
    </>
  );
}
