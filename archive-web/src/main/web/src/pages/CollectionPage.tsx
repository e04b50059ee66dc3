import { Facts } from '../components/Facts';
import { Heading } from '../components/Heading';
import { History } from '../components/History';
import { RecordTools } from '../components/RecordTools';
import { ErrorPage, Loading } from '../components/Status';
import { WithdrawalBanner } from '../components/WithdrawalBanner';
import { WithdrawnBadge } from '../components/WithdrawnBadge';
import { WorkList } from '../components/WorkList';
import { hasRole, sessionStore } from '../lib/auth';
import { count } from '../lib/format';
import { rememberNames } from '../lib/names';
import { useRecord } from '../lib/record';
import { useStore } from '../lib/store';
import type { CollectionView } from '../lib/types';

/** A curated collection: its description, its works in the librarian's order, its sub-collections. */
export function CollectionPage({ id }: { id: number }) {
  const librarian = hasRole(useStore(sessionStore), 'librarian');
  const collection = useRecord<CollectionView>('collections', id);
  if (collection.error) return <ErrorPage error={collection.error} onRetry={collection.reload} />;
  if (!collection.data) return <Loading />;
  const view = collection.data.body;
  const works = view.works ?? [];
  rememberNames('works', works);
  if (view.parent) rememberNames('collections', [view.parent]);

  return (
    <article>
      <Heading>{view.title}</Heading>
      {view.parent && (
        <p class="byline">
          Part of <a href={`/collections/${view.parent.id}`}>{view.parent.title}</a>
          {view.parent.withdrawn && <WithdrawnBadge />}
        </p>
      )}
      {view.withdrawal && <WithdrawalBanner withdrawal={view.withdrawal} noun="collection" />}
      {librarian && (
        <RecordTools kind="collections" record={view} etag={collection.etag} onChanged={collection.replace} onReload={collection.reload} />
      )}
      <Facts facts={[['Description', view.description && <span class="notes">{view.description}</span>]]} />
      {view.children && view.children.length > 0 && (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">Collections within it</h2>
          <ul class="plain-list">
            {view.children.map((child) => (
              <li key={child.id}>
                <a href={`/collections/${child.id}`}>{child.title}</a>
                {child.withdrawn && <WithdrawnBadge />}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="works-heading">
        <h2 id="works-heading">Works</h2>
        {works.length ? (
          <>
            <p class="list-count">{count(works.length, 'work')}, in the order the librarians chose.</p>
            <WorkList works={works} ordered incipits />
          </>
        ) : (
          <p>This collection has no works yet.</p>
        )}
      </section>
      <History
        kind="collections"
        record={view}
        etag={collection.etag}
        canRestore={librarian}
        onRestored={collection.replace}
        onReload={collection.reload}
      />
    </article>
  );
}
