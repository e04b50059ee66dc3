import { Fragment } from 'preact';
import { Facts } from '../components/Facts';
import { Heading } from '../components/Heading';
import { History } from '../components/History';
import { RecordTools } from '../components/RecordTools';
import { ErrorPage, Loading } from '../components/Status';
import { WithdrawalBanner } from '../components/WithdrawalBanner';
import { WithdrawnBadge } from '../components/WithdrawnBadge';
import { hasRole, sessionStore } from '../lib/auth';
import { formatHistoricalDate, humanise, languageName } from '../lib/format';
import { rememberNames } from '../lib/names';
import { useRecord } from '../lib/record';
import { useStore } from '../lib/store';
import type { PersonRef, WorkView } from '../lib/types';

/** A work with everything catalogued about it, its sources, collections and history. */
export function WorkPage({ id }: { id: number }) {
  const librarian = hasRole(useStore(sessionStore), 'librarian');
  const work = useRecord<WorkView>('works', id);
  if (work.error) return <ErrorPage error={work.error} onRetry={work.reload} />;
  if (!work.data) return <Loading />;
  const view = work.data.body;
  rememberNames('people', view.composers ?? []);

  return (
    <article>
      <Heading>{view.title}</Heading>
      <Composers composers={view.composers ?? []} />
      {view.withdrawal && <WithdrawalBanner withdrawal={view.withdrawal} noun="work" />}
      {librarian && (
        <RecordTools kind="works" record={view} etag={work.etag} onChanged={work.replace} onReload={work.reload}>
          <a class="button secondary" href={`/sources/new?work=${view.id}`}>
            Add source
          </a>
        </RecordTools>
      )}
      <Facts
        facts={[
          ['Alternative titles', view.alternativeTitles?.length ? view.alternativeTitles.join('; ') : ''],
          ['Catalogue number', view.catalogueNumber],
          ['Genre', view.genre],
          ['Key', view.key],
          ['Instrumentation', view.instrumentation?.join(', ')],
          ['Date', formatHistoricalDate(view.date)],
          ['Period', humanise(view.period)],
          ['Language', languageName(view.language)],
          ['Text incipit', view.textIncipit && <q>{view.textIncipit}</q>],
          ['Notes', view.notes && <span class="notes">{view.notes}</span>],
        ]}
      />

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {view.sources?.length ? (
          <ul class="record-list">
            {view.sources.map((source) => (
              <li key={source.id}>
                <a class="record-title" href={`/sources/${source.id}`}>
                  {source.title}
                </a>
                {source.withdrawn && <WithdrawnBadge />}
                <p class="record-meta">
                  <span>{humanise(source.kind)}</span>
                  {source.holdingInstitution && <span>{source.holdingInstitution}</span>}
                  {source.shelfmark && <span>{source.shelfmark}</span>}
                  {source.date && <span>{formatHistoricalDate(source.date)}</span>}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>No sources are catalogued for this work yet.</p>
        )}
      </section>

      {view.collections && view.collections.length > 0 && (
        <section aria-labelledby="collections-heading">
          <h2 id="collections-heading">In collections</h2>
          <ul class="plain-list">
            {view.collections.map((collection) => (
              <li key={collection.id}>
                <a href={`/collections/${collection.id}`}>{collection.title}</a>
                {collection.withdrawn && <WithdrawnBadge />}
              </li>
            ))}
          </ul>
        </section>
      )}

      <History kind="works" record={view} etag={work.etag} canRestore={librarian} onRestored={work.replace} onReload={work.reload} />
    </article>
  );
}

function Composers({ composers }: { composers: readonly PersonRef[] }) {
  if (!composers.length) return null;
  return (
    <p class="byline">
      <span class="sr-only">Composed by </span>
      {composers.map((composer, index) => (
        <Fragment key={composer.id}>
          {index > 0 && ', '}
          <a href={`/people/${composer.id}`}>{composer.name}</a>
          {composer.withdrawn && <WithdrawnBadge />}
        </Fragment>
      ))}
    </p>
  );
}
