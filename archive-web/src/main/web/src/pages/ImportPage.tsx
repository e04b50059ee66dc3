import { useEffect, useRef, useState } from 'preact/hooks';
import { Facts } from '../components/Facts';
import { Heading } from '../components/Heading';
import { ImportBar } from '../components/ImportBar';
import { Pager } from '../components/Pager';
import { RequireRole } from '../components/RequireRole';
import { ErrorPage, Loading, ProblemNotice } from '../components/Status';
import { announce } from '../lib/announce';
import { asApiError, getJson, sendJson } from '../lib/api';
import { count, formatInstant, humanise } from '../lib/format';
import { useNames } from '../lib/names';
import { usePolled } from '../lib/polling';
import type { ApiError } from '../lib/problem';
import { importFinishedMessage, isActive, STATE_WORDS } from '../lib/progress';
import { apiPage, apiPath, hrefWith, readPage } from '../lib/query';
import { useResource } from '../lib/resource';
import { navigate, useLocation } from '../lib/router';
import { IMPORT_OUTCOMES, type ImportItem, type ImportOutcome, type ImportView, type Page } from '../lib/types';

const PAGE_SIZE = 50;

const OUTCOME_WORDS: Record<ImportOutcome, { label: string; plural: string }> = {
  IMPORTED: { label: 'Imported', plural: 'Imported' },
  DUPLICATE: { label: 'Duplicate', plural: 'Duplicates' },
  MERGED: { label: 'Merged', plural: 'Merged into existing works' },
  REJECTED: { label: 'Rejected', plural: 'Rejected' },
};

/** One import: its progress while it runs, what became of each file, and Resume when it was interrupted. */
export function ImportPage({ id }: { id: number }) {
  return (
    <RequireRole role="librarian" purpose="import files in bulk">
      <ImportDetail id={id} />
    </RequireRole>
  );
}

function ImportDetail({ id }: { id: number }) {
  const { params, search } = useLocation();
  const outcome = IMPORT_OUTCOMES.find((candidate) => candidate === params.get('outcome')) ?? '';
  const page = readPage(params);
  const polled = usePolled((signal) => getJson<ImportView>(`/imports/${id}`, signal).then((r) => r.body), `import/${id}`, (view) => isActive(view.state));
  const view = polled.data;
  const previousState = useRef<string | null>(null);
  const [resuming, setResuming] = useState(false);
  const [resumeError, setResumeError] = useState<ApiError | null>(null);

  // Say so when the import stops changing (finished, failed, interrupted) while the page watches it.
  useEffect(() => {
    if (!view) return;
    const before = previousState.current;
    previousState.current = view.state;
    if (before && before !== view.state) {
      announce(isActive(view.state) ? `Import ${STATE_WORDS[view.state].toLowerCase()}.` : importFinishedMessage(view));
    }
  }, [view?.state]);

  const report = useResource(
    (signal) =>
      getJson<Page<ImportItem>>(apiPath(`/imports/${id}/items`, { page: apiPage(page), size: PAGE_SIZE, outcome }), signal).then((r) => r.body),
    `${search}@${view?.state}/${view?.processedFiles}`,
  );

  if (!view) {
    if (polled.error) return <ErrorPage error={polled.error} onRetry={polled.reload} />;
    return <Loading />;
  }

  async function resume() {
    if (resuming) return;
    setResuming(true);
    setResumeError(null);
    try {
      polled.replace((await sendJson<ImportView>('POST', `/imports/${id}/resume`)).body);
      polled.reload();
      announce('Import resumed.');
    } catch (thrown) {
      const failure = asApiError(thrown);
      setResumeError(failure);
      announce(failure.problem.detail ?? failure.problem.title);
    } finally {
      setResuming(false);
    }
  }

  const href = (changes: Record<string, string | number>) => hrefWith(`/imports/${id}`, params, changes);
  const counts: [ImportOutcome, number][] = [
    ['IMPORTED', view.imported],
    ['DUPLICATE', view.duplicates],
    ['MERGED', view.merged],
    ['REJECTED', view.rejected],
  ];

  return (
    <>
      <Heading>{`Import of ${view.origin}`}</Heading>
      <p class="byline">
        <span class={`badge badge-${view.state.toLowerCase()}`}>{STATE_WORDS[view.state]}</span> started by {view.startedBy}
      </p>
      <ImportBar view={view} id="import-progress" labelled="Import progress" />
      {polled.error && (
        <ProblemNotice error={polled.error}>
          <button type="button" class="button secondary" onClick={polled.reload}>
            Try again
          </button>
        </ProblemNotice>
      )}
      {view.state === 'FAILED' && (
        <div class="notice notice-error" role="alert">
          <p>The import failed{view.failure ? `: ${view.failure}` : '.'}</p>
        </div>
      )}
      {view.state === 'INTERRUPTED' && (
        <div class="notice notice-warning">
          <p>
            The import was interrupted (the server stopped while it ran) after {count(view.processedFiles, 'file')}. Resuming continues with
            the files not yet processed; files already imported are not imported twice.
          </p>
          <button type="button" class="button primary" aria-disabled={resuming ? 'true' : undefined} onClick={() => void resume()}>
            Resume the import
          </button>
          {resumeError && <ProblemNotice error={resumeError} />}
        </div>
      )}
      <Facts
        facts={[
          ['Created', formatInstant(view.createdAt)],
          ['Started', formatInstant(view.startedAt)],
          ['Finished', formatInstant(view.finishedAt)],
        ]}
      />

      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">Outcomes</h2>
        <ul class="outcome-counts">
          {counts.map(([kind, n]) => (
            <li key={kind} class={`outcome outcome-${kind.toLowerCase()}`}>
              <span class="outcome-number">{n.toLocaleString('en-GB')}</span>{' '}
              {n > 0 ? (
                <a href={href({ outcome: kind })} aria-current={outcome === kind ? 'true' : undefined}>
                  {OUTCOME_WORDS[kind].plural.toLowerCase()}
                </a>
              ) : (
                OUTCOME_WORDS[kind].plural.toLowerCase()
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="report-heading">
        <h2 id="report-heading">Report</h2>
        <OutcomeFilter key={outcome} current={outcome} onApply={(next) => navigate(href({ outcome: next }))} />
        {report.error && <ProblemNotice error={report.error} />}
        {!report.data && !report.error && <Loading what="Loading the report…" />}
        {report.data && (
          <div aria-busy={report.loading ? 'true' : undefined}>
            <p class="list-count">
              {count(report.data.totalItems, 'file')}
              {outcome ? `: ${OUTCOME_WORDS[outcome].label.toLowerCase()}` : ' so far'}
            </p>
            {report.data.items.length > 0 && <ReportTable items={report.data.items} />}
            <Pager label="Pages of the report" page={page} totalPages={report.data.totalPages} hrefFor={(n) => href({ page: n })} />
          </div>
        )}
      </section>
    </>
  );
}

function OutcomeFilter({ current, onApply }: { current: string; onApply: (outcome: string) => void }) {
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onApply((event.currentTarget.elements.namedItem('outcome') as HTMLSelectElement).value);
      }}
    >
      <label for="report-outcome">Show</label>
      <select id="report-outcome" name="outcome" value={current}>
        <option value="">All files</option>
        {IMPORT_OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {OUTCOME_WORDS[outcome].plural}
          </option>
        ))}
      </select>
      <button type="submit" class="button secondary">
        Filter
      </button>
    </form>
  );
}

function ReportTable({ items }: { items: readonly ImportItem[] }) {
  const name = useNames(items.flatMap((item) => (item.workIds ?? []).map((workId) => ['works', workId] as const)));
  return (
    <div class="table-scroll" role="region" aria-labelledby="report-heading" tabIndex={0}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Outcome</th>
            <th scope="col">Reason</th>
            <th scope="col">Works</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={`${item.path}#${index}`} class={`outcome-${item.outcome.toLowerCase()}`}>
              <th scope="row" class="path">
                {item.path}
              </th>
              <td>
                <span class={`badge badge-${item.outcome.toLowerCase()}`}>{humanise(item.outcome)}</span>
              </td>
              <td>{item.reason}</td>
              <td>
                {(item.workIds ?? []).map((workId, i) => (
                  <span key={workId}>
                    {i > 0 && ', '}
                    <a href={`/works/${workId}`}>{name('works', workId)}</a>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
