import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { Facts } from '../components/Facts';
import { Heading } from '../components/Heading';
import { History } from '../components/History';
import { Incipit } from '../components/Incipit';
import { Provenance } from '../components/Provenance';
import { RecordTools } from '../components/RecordTools';
import { ScoreViewer, type WorkContext } from '../components/ScoreViewer';
import { AttachFile, FileList } from '../components/SourceFiles';
import { ErrorPage, Loading, ProblemNotice } from '../components/Status';
import { WithdrawalBanner } from '../components/WithdrawalBanner';
import { WithdrawnBadge } from '../components/WithdrawnBadge';
import { getJson } from '../lib/api';
import { hasRole, sessionStore } from '../lib/auth';
import { formatLabel, showableFiles } from '../lib/files';
import { formatHistoricalDate, humanise, languageName } from '../lib/format';
import { parseIncipit } from '../lib/incipit';
import { rememberNames } from '../lib/names';
import { useRecord } from '../lib/record';
import { useResource, type Resource } from '../lib/resource';
import { useStore } from '../lib/store';
import type { FileView, PersonRef, SourceLine, WorkView } from '../lib/types';

/**
 * A work with everything catalogued about it: its incipit, its scores and recordings rendered in
 * the page, its sources with their files, collections, provenance trail and history.
 */
export function WorkPage({ id }: { id: number }) {
  const librarian = hasRole(useStore(sessionStore), 'librarian');
  const work = useRecord<WorkView>('works', id);
  const [filesVersion, setFilesVersion] = useState(0);
  const files = useResource((signal) => getJson<FileView[]>(`/works/${id}/files`, signal).then((r) => r.body ?? []), `${id}/files@${filesVersion}`);
  if (work.error) return <ErrorPage error={work.error} onRetry={work.reload} />;
  if (!work.data) return <Loading />;
  const view = work.data.body;
  rememberNames('people', view.composers ?? []);
  const context: WorkContext = { title: view.title, incipit: view.incipit, metre: view.metre, keyText: view.key };

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
          ['Metre', view.metre],
          ['Instrumentation', view.instrumentation?.join(', ')],
          ['Movements', view.movements?.length ? <Movements movements={view.movements} /> : ''],
          ['Date', formatHistoricalDate(view.date)],
          ['Period', humanise(view.period)],
          ['Language', languageName(view.language)],
          ['Text incipit', view.textIncipit && <q>{view.textIncipit}</q>],
          ['Notes', view.notes && <span class="notes">{view.notes}</span>],
        ]}
      />

      {parseIncipit(view.incipit) && (
        <section aria-labelledby="incipit-heading">
          <h2 id="incipit-heading">Incipit</h2>
          <Incipit incipit={view.incipit} metre={view.metre} keyText={view.key} playable />
        </section>
      )}

      <ScoreSection files={files} work={context} />

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {files.error && <ProblemNotice error={files.error} />}
        {view.sources?.length ? (
          <ul class="record-list">
            {view.sources.map((source) => (
              <SourceItem
                key={source.id}
                source={source}
                files={files}
                librarian={librarian}
                onAttached={() => setFilesVersion((n) => n + 1)}
              />
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

      <Provenance workId={view.id} refresh={`${view.version}/${filesVersion}`} />
      <History kind="works" record={view} etag={work.etag} canRestore={librarian} onRestored={work.replace} onReload={work.reload} />
    </article>
  );
}

function SourceItem({
  source,
  files,
  librarian,
  onAttached,
}: {
  source: SourceLine;
  files: Resource<FileView[]>;
  librarian: boolean;
  onAttached: () => void;
}) {
  const own = (files.data ?? []).filter((file) => file.sourceId === source.id);
  return (
    <li>
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
      <div class="source-files">
        <h3 class="sr-only">Files of {source.title}</h3>
        {files.data ? <FileList files={own} /> : !files.error && <Loading what="Loading the files…" />}
        {librarian && <AttachFile sourceId={source.id} sourceTitle={source.title} onAttached={onAttached} />}
      </div>
    </li>
  );
}

/** The work's notation, images and recordings, one at a time, with a picker when there are several. */
function ScoreSection({ files, work }: { files: Resource<FileView[]>; work: WorkContext }) {
  const offered = showableFiles(files.data ?? []);
  const [shown, setShown] = useState<number | null>(null);
  if (!offered.length) return null;
  const current = offered.find((file) => file.id === shown) ?? offered[0];

  return (
    <section aria-labelledby="score-heading">
      <h2 id="score-heading">Scores and recordings</h2>
      {offered.length > 1 && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            // Read the select itself: applying happens on submit, not on every arrow key in the list.
            const select = event.currentTarget.elements.namedItem('file') as HTMLSelectElement;
            setShown(Number(select.value));
          }}
        >
          <label for="score-file">File to show</label>
          <select id="score-file" name="file" value={String(current.id)}>
            {offered.map((file) => (
              <option key={file.id} value={String(file.id)}>
                {file.filename} ({formatLabel(file.format)})
              </option>
            ))}
          </select>
          <button type="submit" class="button secondary">
            Show
          </button>
        </form>
      )}
      <ScoreViewer key={current.id} file={current} work={work} />
    </section>
  );
}

function Movements({ movements }: { movements: readonly string[] }) {
  return (
    <ol class="movements">
      {movements.map((movement, index) => (
        <li key={index}>{movement}</li>
      ))}
    </ol>
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
