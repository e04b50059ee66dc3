import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { ErrorPage, Loading } from '../components/Status';
import { WorkList } from '../components/WorkList';
import { announce } from '../lib/announce';
import { getJson } from '../lib/api';
import { count } from '../lib/format';
import { apiPage, apiPath, hrefWith, readPage, readText } from '../lib/query';
import { useResource } from '../lib/resource';
import { useLocation } from '../lib/router';
import type { Page, WorkSummary } from '../lib/types';

const PAGE_SIZE = 20;

/** Full-text search results for /search?q=…, best match first. */
export function SearchPage() {
  const { params, search } = useLocation();
  const q = readText(params, 'q');
  const page = readPage(params);
  const results = useResource(async (signal) => {
    if (!q) return null;
    const found = (await getJson<Page<WorkSummary>>(apiPath('/works', { q, page: apiPage(page), size: PAGE_SIZE }), signal)).body;
    announce(`${count(found.totalItems, 'work')} found.`);
    return found;
  }, search);

  if (!q) {
    return (
      <>
        <Heading>Search</Heading>
        <p>
          Type words into “Search the archive” at the top of the page: a title, a composer, a catalogue number, words of a text. Accents do
          not matter: “Dvorak” finds “Dvořák”.
        </p>
      </>
    );
  }
  if (results.error) return <ErrorPage error={results.error} onRetry={results.reload} />;
  return (
    <>
      <Heading>{`Search results for “${q}”`}</Heading>
      {!results.data ? (
        <Loading what="Searching…" />
      ) : (
        <div aria-busy={results.loading ? 'true' : undefined}>
          <p class="list-count">
            {results.data.totalItems
              ? `${count(results.data.totalItems, 'work')} found, best matches first.`
              : 'No works match these words.'}
          </p>
          {results.data.items.length > 0 && <WorkList works={results.data.items} incipits />}
          <Pager page={page} totalPages={results.data.totalPages} hrefFor={(n) => hrefWith('/search', params, { page: n })} />
        </div>
      )}
    </>
  );
}
