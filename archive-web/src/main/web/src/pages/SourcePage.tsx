import { useState } from 'preact/hooks';
import { Facts } from '../components/Facts';
import { Heading } from '../components/Heading';
import { History } from '../components/History';
import { RecordTools } from '../components/RecordTools';
import { AttachFile, FileList } from '../components/SourceFiles';
import { ErrorPage, Loading, ProblemNotice } from '../components/Status';
import { WithdrawalBanner } from '../components/WithdrawalBanner';
import { WithdrawnBadge } from '../components/WithdrawnBadge';
import { getJson } from '../lib/api';
import { hasRole, sessionStore } from '../lib/auth';
import { formatHistoricalDate, humanise } from '../lib/format';
import { rememberNames } from '../lib/names';
import { useRecord } from '../lib/record';
import { useResource } from '../lib/resource';
import { useStore } from '../lib/store';
import type { FileView, SourceView } from '../lib/types';

/** A source of a work: a manuscript, print, edition or recording, and where it is held. */
export function SourcePage({ id }: { id: number }) {
  const librarian = hasRole(useStore(sessionStore), 'librarian');
  const source = useRecord<SourceView>('sources', id);
  const [filesVersion, setFilesVersion] = useState(0);
  const files = useResource((signal) => getJson<FileView[]>(`/sources/${id}/files`, signal).then((r) => r.body ?? []), `${id}/files@${filesVersion}`);
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
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">Files</h2>
        <p class="hint">
          Scores, images and recordings are shown on <a href={`/works/${view.work.id}`}>the work’s page</a>.
        </p>
        {files.error && <ProblemNotice error={files.error} />}
        {files.data ? <FileList files={files.data} /> : !files.error && <Loading what="Loading the files…" />}
        {librarian && <AttachFile sourceId={view.id} sourceTitle={view.title} onAttached={() => setFilesVersion((n) => n + 1)} />}
      </section>
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
