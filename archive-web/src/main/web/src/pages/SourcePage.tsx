import { Facts } from '../components/Facts';
import { Heading } from '../components/Heading';
import { History } from '../components/History';
import { RecordTools } from '../components/RecordTools';
import { ErrorPage, Loading } from '../components/Status';
import { WithdrawalBanner } from '../components/WithdrawalBanner';
import { WithdrawnBadge } from '../components/WithdrawnBadge';
import { hasRole, sessionStore } from '../lib/auth';
import { formatHistoricalDate, humanise } from '../lib/format';
import { rememberNames } from '../lib/names';
import { useRecord } from '../lib/record';
import { useStore } from '../lib/store';
import type { SourceView } from '../lib/types';

/** A source of a work: a manuscript, print, edition or recording, and where it is held. */
export function SourcePage({ id }: { id: number }) {
  const librarian = hasRole(useStore(sessionStore), 'librarian');
  const source = useRecord<SourceView>('sources', id);
  if (source.error) return <ErrorPage error={source.error} onRetry={source.reload} />;
  if (!source.data) return <Loading />;
  const view = source.data.body;
  rememberNames('works', [view.work]);

  return (
    <article>
      <Heading>{view.title}</Heading>
      <p class="byline">
        {humanise(view.kind)}, a source of <a href={`/works/${view.work.id}`}>{view.work.title}</a>
        {view.work.withdrawn && <WithdrawnBadge />}
      </p>
      {view.withdrawal && <WithdrawalBanner withdrawal={view.withdrawal} noun="source" />}
      {librarian && <RecordTools kind="sources" record={view} etag={source.etag} onChanged={source.replace} onReload={source.reload} />}
      <Facts
        facts={[
          ['Kind', humanise(view.kind)],
          ['Holding institution', view.holdingInstitution],
          ['Shelfmark', view.shelfmark],
          ['Date', formatHistoricalDate(view.date)],
          ['Notes', view.notes && <span class="notes">{view.notes}</span>],
        ]}
      />
      <History
        kind="sources"
        record={view}
        etag={source.etag}
        canRestore={librarian}
        onRestored={source.replace}
        onReload={source.reload}
      />
    </article>
  );
}
