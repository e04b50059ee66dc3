import { useState } from 'preact/hooks';
import { announce } from '../lib/announce';
import { asApiError, getJson } from '../lib/api';
import { count, formatInstant } from '../lib/format';
import type { ApiError } from '../lib/problem';
import { actorName, eventLabel, payloadSummary, prettyPayload, shortHash } from '../lib/provenance';
import { useResource } from '../lib/resource';
import type { ChainVerification, Provenance as ProvenanceView } from '../lib/types';
import { Loading, ProblemNotice } from './Status';

/** How many entries show before "Show all". */
const FIRST = 10;

/**
 * A work's provenance trail: the ledger's entries about the work, its sources and their files,
 * newest first, each with its hash in the chain; and a check of the whole chain on request.
 */
export function Provenance({ workId, refresh }: { workId: number; refresh: string }) {
  const trail = useResource(
    (signal) => getJson<ProvenanceView>(`/works/${workId}/provenance`, signal).then((r) => r.body.entries ?? []),
    `${workId}@${refresh}`,
  );
  const [all, setAll] = useState(false);
  const entries = trail.data ?? [];
  const shown = all ? entries : entries.slice(0, FIRST);

  return (
    <section class="provenance" aria-labelledby="provenance-heading">
      <h2 id="provenance-heading">Provenance</h2>
      <p class="hint">
        Every consequential event is recorded in the archive’s hash-chained ledger; each entry’s hash covers the one before it, so the past
        cannot be changed unnoticed.
      </p>
      {trail.error && <ProblemNotice error={trail.error} />}
      {!trail.data && !trail.error && <Loading what="Loading the provenance…" />}
      {trail.data && !entries.length && <p>No events are recorded for this work yet.</p>}
      {shown.length > 0 && (
        <ol class="provenance-trail">
          {shown.map((entry, index) => {
            const summary = payloadSummary(entry.payload);
            const sealed = entry.sequence > 0 && !!entry.entryHash;
            return (
              <li key={sealed ? entry.sequence : `pending-${index}`}>
                <p class="provenance-event">
                  <strong>{eventLabel(entry.type)}</strong>
                  {summary && <span>: {summary}</span>}
                </p>
                <p class="record-meta">
                  <span>{formatInstant(entry.recordedAt)}</span>
                  <span>by {actorName(entry.actor)}</span>
                  {sealed ? (
                    <span>
                      entry {entry.sequence}, hash{' '}
                      <code class="hash" title={entry.entryHash ?? undefined}>
                        {shortHash(entry.entryHash ?? '')}…
                      </code>
                    </span>
                  ) : (
                    <span>being sealed onto the ledger</span>
                  )}
                </p>
                <details class="provenance-details">
                  <summary>
                    Details<span class="sr-only"> of {sealed ? `entry ${entry.sequence}` : 'this event'}</span>
                  </summary>
                  <dl class="changes">
                    <div>
                      <dt>Event</dt>
                      <dd>
                        <code>{entry.type}</code>
                      </dd>
                    </div>
                    <div>
                      <dt>Subject</dt>
                      <dd>
                        <code>{entry.subject}</code>
                      </dd>
                    </div>
                    {sealed && (
                      <div>
                        <dt>Entry hash</dt>
                        <dd>
                          <code class="hash">{entry.entryHash}</code>
                        </dd>
                      </div>
                    )}
                    {entry.payload && (
                      <div>
                        <dt>Recorded data</dt>
                        <dd>
                          <pre class="payload">{prettyPayload(entry.payload)}</pre>
                        </dd>
                      </div>
                    )}
                  </dl>
                </details>
              </li>
            );
          })}
        </ol>
      )}
      {entries.length > FIRST && (
        <button type="button" class="button small secondary" aria-expanded={all ? 'true' : 'false'} onClick={() => setAll(!all)}>
          {all ? `Show the latest ${FIRST} only` : `Show all ${entries.length} events`}
        </button>
      )}
      <LedgerCheck />
    </section>
  );
}

/** Recomputes the whole ledger's chain on request (GET /api/ledger/verify) and says what it found. */
function LedgerCheck() {
  const [result, setResult] = useState<ChainVerification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    if (busy) return;
    setBusy(true);
    setError(null);
    announce('Verifying the ledger…');
    try {
      const verification = (await getJson<ChainVerification>('/ledger/verify')).body;
      setResult(verification);
      announce(
        verification.intact
          ? `The ledger is intact: ${count(verification.entriesChecked, 'entry', 'entries')} checked.`
          : `The ledger is broken at entry ${verification.firstBrokenSequence}.`,
      );
    } catch (thrown) {
      const failure = asApiError(thrown);
      setError(failure);
      announce(failure.problem.detail ?? failure.problem.title);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="ledger-check">
      <p>
        <button type="button" class="button secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => void verify()}>
          Verify the ledger
        </button>{' '}
        <a href="/api/ledger/verify">The verification as JSON</a>
      </p>
      {error && <ProblemNotice error={error} />}
      {result && (
        <div class={result.intact ? 'notice notice-ok' : 'notice notice-error'}>
          {result.intact ? (
            <p>The ledger is intact: {count(result.entriesChecked, 'entry', 'entries')} checked.</p>
          ) : (
            <p>
              The ledger is broken at entry {result.firstBrokenSequence}: {result.reason}
            </p>
          )}
          {result.headHash && (
            <p>
              Hash of the chain’s head: <code class="hash">{result.headHash}</code>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
