import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { SortForm, type SortOption } from '../components/SortForm';
import { ErrorPage, Loading } from '../components/Status';
import { WorkList } from '../components/WorkList';
import { getJson } from '../lib/api';
import { count } from '../lib/format';
import { useNames } from '../lib/names';
import { apiPage, apiPath, hrefWith, readId, readPage, readSort } from '../lib/query';
import { useResource } from '../lib/resource';
import { navigate, useLocation } from '../lib/router';
import type { Page, WorkSummary } from '../lib/types';

type WorkSort = 'title' | '-title' | 'date' | '-date' | 'catalogueNumber' | '-updated';

const SORTS: readonly SortOption<WorkSort>[] = [
  { value: 'title', label: 'Title, A to Z' },
  { value: '-title', label: 'Title, Z to A' },
  { value: 'date', label: 'Date, earliest first' },
  { value: '-date', label: 'Date, latest first' },
  { value: 'catalogueNumber', label: 'Catalogue number' },
  { value: '-updated', label: 'Recently updated' },
];

const PAGE_SIZE = 20;

/** Browsing all works (or one composer's), paged and sorted; the state is in the address. */
export function WorksPage() {
  const { params, search } = useLocation();
  const page = readPage(params);
  const sort = readSort(
    params,
    SORTS.map((option) => option.value),
    'title',
  );
  const composer = readId(params, 'composer');
  const works = useResource(
    (signal) =>
      getJson<Page<WorkSummary>>(apiPath('/works', { page: apiPage(page), size: PAGE_SIZE, sort, composer }), signal).then((r) => r.body),
    search,
  );
  const name = useNames(composer ? [['people', composer]] : []);
  const href = (changes: Record<string, string | number>) => hrefWith('/works', params, changes, { sort: 'title' });

  if (works.error) return <ErrorPage error={works.error} onRetry={works.reload} />;
  return (
    <>
      <Heading>{composer ? `Works by ${name('people', composer)}` : 'Works'}</Heading>
      {composer && (
        <p>
          <a href={`/people/${composer}`}>About {name('people', composer)}</a> · <a href={href({ composer: '' })}>All works</a>
        </p>
      )}
      <div class="list-controls">
        <p class="list-count">{works.data ? count(works.data.totalItems, 'work') : ''}</p>
        <SortForm key={sort} options={SORTS} current={sort} onApply={(next) => navigate(href({ sort: next }))} />
      </div>
      {!works.data ? (
        <Loading />
      ) : (
        <div aria-busy={works.loading ? 'true' : undefined}>
          {works.data.items.length ? <WorkList works={works.data.items} incipits /> : <p>No works here yet.</p>}
          <Pager page={page} totalPages={works.data.totalPages} hrefFor={(n) => href({ page: n })} />
        </div>
      )}
    </>
  );
}
