import { useEffect, useRef, useState } from 'preact/hooks';
import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { RequireRole } from '../components/RequireRole';
import { ErrorPage, Loading, ProblemNotice } from '../components/Status';
import { announce } from '../lib/announce';
import { asApiError, getJson, sendJson } from '../lib/api';
import { count, formatInstant } from '../lib/format';
import { useNames } from '../lib/names';
import { usePolled } from '../lib/polling';
import type { ApiError } from '../lib/problem';
import { percentOf } from '../lib/progress';
import { shortHash } from '../lib/provenance';
import { apiPage, apiPath, hrefWith, readPage } from '../lib/query';
import { useResource } from '../lib/resource';
import { useLocation } from '../lib/router';
import type { FixityCheck, FixityOutcome, FixitySummary, Page } from '../lib/types';

const PAGE_SIZE = 25;

const OUTCOME_WORDS: Record<FixityOutcome, string> = {
  OK: 'Unchanged',
  MISSING: 'Missing',
  CHANGED: 'Changed',
};

/**
 * Librarians: the fixity audit. Every stored file is re-hashed and compared with the SHA-256 it was
 * stored under; files that are missing or changed are listed first, with their works.
 */
export function FixityPage() {
  return (
    <RequireRole role="librarian" purpose="run fixity audits">
      <Fixity />
    </RequireRole>
  );
}

function Fixity() {
  const { params, search } = useLocation();
  const page = readPage(params);
  const summary = usePolled((signal) => getJson<FixitySummary>('/fixity', signal).then((r) => r.body), 'fixity', (data) => data.running, 2000);
  const data = summary.data;
  const name = useNames((data?.failing ?? []).map((file) => ['works', file.workId] as const));
  const wasRunning = useRef<boolean | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const checks = useResource(
    (signal) => getJson<Page<FixityCheck>>(apiPath('/fixity/checks', { page: apiPage(page), size: PAGE_SIZE }), signal).then((r) => r.body),
    `${search}@${data?.checked}/${data?.lastCheckAt}/${data?.running}`,
  );

  useEffect(() => {
    if (!data) return;
    if (wasRunning.current && !data.running) {
      announce(
        data.failing.length
          ? `Audit finished: ${count(data.failing.length, 'file')} missing or changed.`
          : 'Audit finished: every checked file is unchanged.',
      );
    }
    wasRunning.current = data.running;
  }, [data?.running]);

  if (!data) {
    if (summary.error) return <ErrorPage error={summary.error} onRetry={summary.reload} />;
    return <Loading />;
  }

  async function run() {
    if (starting || data?.running) return;
    setStarting(true);
    setStartError(null);
    try {
      await sendJson('POST', '/fixity/runs');
      announce('Audit started. Files are checked least recently checked first.');
      summary.reload();
    } catch (thrown) {
      const failure = asApiError(thrown);
      setStartError(failure);
      announce(failure.problem.detail ?? failure.problem.title);
    } finally {
      setStarting(false);
    }
  }

  const busy = starting || data.running;
  return (
    <>
      <Heading>Fixity audit</Heading>
      <p class="lead">
        Every stored file is kept under its SHA-256 checksum. An audit reads each file again and compares; each check is recorded in the
        provenance ledger.
      </p>

      <section aria-labelledby="failing-heading">
        <h2 id="failing-heading">Missing or changed files</h2>
        {data.failing.length ? (
          <div class="notice notice-error">
            <p>
              <strong>{count(data.failing.length, 'file')} failed the last check.</strong> Restore{' '}
              {data.failing.length === 1 ? 'it' : 'them'} from a backup and run the audit again.
            </p>
            <ul class="failing-list">
              {data.failing.map((file) => (
                <li key={file.fileId}>
                  <strong>{file.filename}</strong>: {file.outcome === 'MISSING' ? 'missing' : 'changed'}, checked {formatInstant(file.checkedAt)}
                  ; a file of <a href={`/works/${file.workId}`}>{name('works', file.workId)}</a>
                  <dl class="changes">
                    <div>
                      <dt>Stored as</dt>
                      <dd>
                        <code class="hash">{file.sha256}</code>
                      </dd>
                    </div>
                    {file.actualSha256 && (
                      <div>
                        <dt>Now reads as</dt>
                        <dd>
                          <code class="hash">{file.actualSha256}</code>
                        </dd>
                      </div>
                    )}
                  </dl>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p class="notice notice-ok">No file failed its last check.</p>
        )}
      </section>

      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">Audit</h2>
        <dl class="facts">
          <div>
            <dt>Files stored</dt>
            <dd>{data.files.toLocaleString('en-GB')}</dd>
          </div>
          <div>
            <dt>Files checked</dt>
            <dd>
              {data.checked.toLocaleString('en-GB')} ({percentOf(data.checked, data.files)}%)
            </dd>
          </div>
          <div>
            <dt>Last check</dt>
            <dd>{data.lastCheckAt ? formatInstant(data.lastCheckAt) : 'Never'}</dd>
          </div>
          <div>
            <dt>Now</dt>
            <dd>{data.running ? 'An audit is running.' : 'No audit is running.'}</dd>
          </div>
        </dl>
        {summary.error && <ProblemNotice error={summary.error} />}
        <p>
          <button type="button" class="button primary" aria-disabled={busy ? 'true' : undefined} onClick={() => void run()}>
            {data.running ? 'Audit running…' : 'Run audit now'}
          </button>
        </p>
        {startError && <ProblemNotice error={startError} />}
      </section>

      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Recent checks</h2>
        {checks.error && <ProblemNotice error={checks.error} />}
        {!checks.data && !checks.error && <Loading />}
        {checks.data &&
          (checks.data.items.length ? (
            <div aria-busy={checks.loading ? 'true' : undefined}>
              <div class="table-scroll" role="region" aria-labelledby="checks-heading" tabIndex={0}>
                <table class="data-table">
                  <thead>
                    <tr>
                      <th scope="col">File</th>
                      <th scope="col">Checked</th>
                      <th scope="col">Outcome</th>
                      <th scope="col">Checksum</th>
                    </tr>
                  </thead>
                  <tbody>
                    {checks.data.items.map((check, index) => (
                      <tr key={`${check.fileId}@${check.checkedAt}#${index}`}>
                        <th scope="row" class="path">
                          {check.filename}
                        </th>
                        <td>{formatInstant(check.checkedAt)}</td>
                        <td>
                          <span class={`badge badge-fixity-${check.outcome.toLowerCase()}`}>{OUTCOME_WORDS[check.outcome]}</span>
                        </td>
                        <td>
                          <code class="hash" title={check.expectedSha256}>
                            {shortHash(check.expectedSha256)}…
                          </code>
                          {check.actualSha256 && check.actualSha256 !== check.expectedSha256 && (
                            <>
                              {' '}
                              now{' '}
                              <code class="hash" title={check.actualSha256}>
                                {shortHash(check.actualSha256)}…
                              </code>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager label="Pages of checks" page={page} totalPages={checks.data.totalPages} hrefFor={(n) => hrefWith('/fixity', params, { page: n })} />
            </div>
          ) : (
            <p>No file has been checked yet.</p>
          ))}
      </section>
    </>
  );
}
