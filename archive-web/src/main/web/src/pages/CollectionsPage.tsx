import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { SortForm, type SortOption } from '../components/SortForm';
import { ErrorPage, Loading } from '../components/Status';
import { WithdrawnBadge } from '../components/WithdrawnBadge';
import { getJson } from '../lib/api';
import { count } from '../lib/format';
import { apiPage, apiPath, hrefWith, readPage, readSort } from '../lib/query';
import { useResource } from '../lib/resource';
import { navigate, useLocation } from '../lib/router';
import type { CollectionSummary, Page } from '../lib/types';

type CollectionSort = 'title' | '-title' | '-updated';

const SORTS: readonly SortOption<CollectionSort>[] = [
  { value: 'title', label: 'Title, A to Z' },
  { value: '-title', label: 'Title, Z to A' },
  { value: '-updated', label: 'Recently updated' },
];

const PAGE_SIZE = 20;
/** The API lists at most 100 collections a page; sub-collections are gathered from this many pages. */
const MAX_CHILD_PAGES = 10;

/** Top-level collections, each with the collections inside it. */
export function CollectionsPage() {
  const { params, search } = useLocation();
  const page = readPage(params);
  const sort = readSort(
    params,
    SORTS.map((option) => option.value),
    'title',
  );
  const collections = useResource(async (signal) => {
    const [topLevel, children] = await Promise.all([
      getJson<Page<CollectionSummary>>(
        apiPath('/collections', { topLevel: true, page: apiPage(page), size: PAGE_SIZE, sort }),
        signal,
      ).then((r) => r.body),
      subCollections(signal),
    ]);
    return { topLevel, children };
  }, search);
  const href = (changes: Record<string, string | number>) => hrefWith('/collections', params, changes, { sort: 'title' });

  if (collections.error) return <ErrorPage error={collections.error} onRetry={collections.reload} />;
  return (
    <>
      <Heading>Collections</Heading>
      <div class="list-controls">
        <p class="list-count">{collections.data ? count(collections.data.topLevel.totalItems, 'collection') : ''}</p>
        <SortForm key={sort} options={SORTS} current={sort} onApply={(next) => navigate(href({ sort: next }))} />
      </div>
      {!collections.data ? (
        <Loading />
      ) : (
        <div aria-busy={collections.loading ? 'true' : undefined}>
          {collections.data.topLevel.items.length ? (
            <ul class="record-list">
              {collections.data.topLevel.items.map((collection) => (
                <li key={collection.id}>
                  <a class="record-title" href={`/collections/${collection.id}`}>
                    {collection.title}
                  </a>
                  {collection.withdrawn && <WithdrawnBadge />}
                  <p class="record-meta">
                    <span>{count(collection.workCount, 'work')}</span>
                  </p>
                  {collection.description && <p class="summary-text">{collection.description}</p>}
                  <ChildList items={collections.data!.children.filter((child) => child.parentId === collection.id)} />
                </li>
              ))}
            </ul>
          ) : (
            <p>No collections yet.</p>
          )}
          <Pager page={page} totalPages={collections.data.topLevel.totalPages} hrefFor={(n) => href({ page: n })} />
        </div>
      )}
    </>
  );
}

function ChildList({ items }: { items: CollectionSummary[] }) {
  if (!items.length) return null;
  return (
    <ul class="child-list" aria-label="Collections within it">
      {items.map((child) => (
        <li key={child.id}>
          <a href={`/collections/${child.id}`}>{child.title}</a> <span class="record-meta">({count(child.workCount, 'work')})</span>
          {child.withdrawn && <WithdrawnBadge />}
        </li>
      ))}
    </ul>
  );
}

/** Every collection that sits inside another (the API has no "children of" filter for lists). */
async function subCollections(signal: AbortSignal): Promise<CollectionSummary[]> {
  const found: CollectionSummary[] = [];
  for (let page = 0; page < MAX_CHILD_PAGES; page++) {
    const batch = (await getJson<Page<CollectionSummary>>(apiPath('/collections', { page, size: 100, sort: 'title' }), signal)).body;
    found.push(...batch.items.filter((collection) => collection.parentId !== undefined));
    if (page + 1 >= batch.totalPages) break;
  }
  return found;
}
