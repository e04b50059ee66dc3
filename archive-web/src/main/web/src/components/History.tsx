import { useState } from 'preact/hooks';
import { announce, flash } from '../lib/announce';
import { asApiError, getJson, sendJson, type Fetched } from '../lib/api';
import { formatInstant, humanise } from '../lib/format';
import { fieldLabel, inFormOrder, type Kind } from '../lib/kinds';
import { useNames } from '../lib/names';
import type { ApiError } from '../lib/problem';
import { useResource } from '../lib/resource';
import type { FieldChange, RecordMeta, Revision } from '../lib/types';
import { StaleAware } from './RecordTools';
import { Loading, ProblemNotice } from './Status';

/** Fields that hold ids of other records, and the kind of record they name. */
const REFERENCES: Partial<Record<Kind, Record<string, Kind>>> = {
  works: { composerIds: 'people' },
  sources: { workId: 'works' },
  collections: { workIds: 'works', parentId: 'collections' },
};

const ENUM_FIELDS = new Set(['period', 'kind']);

/**
 * A record's revisions, newest first, each with what it changed (field: before → after), and for
 * librarians a button to restore the state after any earlier revision (as a new revision).
 */
export function History<V extends RecordMeta>({
  kind,
  record,
  etag,
  canRestore,
  onRestored,
  onReload,
}: {
  kind: Kind;
  record: V;
  etag: string | null;
  canRestore: boolean;
  onRestored: (restored: Fetched<V>) => void;
  onReload: () => void;
}) {
  const revisions = useResource(
    (signal) => getJson<Revision[]>(`/${kind}/${record.id}/revisions`, signal).then((r) => r.body),
    `${kind}/${record.id}@${record.version}`,
  );
  const [restoring, setRestoring] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const references = REFERENCES[kind] ?? {};
  const name = useNames(
    (revisions.data ?? []).flatMap((revision) =>
      (revision.changes ?? []).flatMap((change) => {
        const target = references[change.field];
        return target
          ? ids(change.before)
              .concat(ids(change.after))
              .map((id) => [target, id] as const)
          : [];
      }),
    ),
  );

  async function restore(number: number) {
    setRestoring(number);
    setError(null);
    try {
      const restored = await sendJson<V>('POST', `/${kind}/${record.id}/revisions/${number}/restore`, undefined, etag);
      onRestored(restored);
      flash(`Restored the state after revision ${number}, as revision ${restored.body.revision}.`);
    } catch (thrown) {
      const failure = asApiError(thrown);
      setError(failure);
      announce(failure.problem.detail ?? failure.problem.title);
    } finally {
      setRestoring(null);
    }
  }

  function show(field: string, value: unknown): string {
    if (value === null || value === undefined) return '';
    const target = references[field];
    if (Array.isArray(value)) return value.map((item) => show(field, item)).join('; ');
    if (target && typeof value === 'number') return name(target, value);
    if (ENUM_FIELDS.has(field) && typeof value === 'string') return humanise(value);
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {revisions.error && <ProblemNotice error={revisions.error} />}
      {!revisions.data && !revisions.error && <Loading what="Loading the history…" />}
      {error && <StaleAware error={error} onReload={onReload} />}
      {revisions.data && (
        <ol class="revisions">
          {revisions.data.map((revision) => (
            <li key={revision.number}>
              <h3>
                Revision {revision.number}: {humanise(revision.action)}
              </h3>
              <p class="record-meta">
                <span>{formatInstant(revision.at)}</span>
                {revision.by && <span>by {revision.by}</span>}
              </p>
              {revision.restoredFrom !== undefined && <p>Restored the state after revision {revision.restoredFrom}.</p>}
              {revision.reason && <p>Reason: {revision.reason}</p>}
              {revision.changes && revision.changes.length > 0 && (
                <dl class="changes">
                  {inOrder(kind, revision.changes).map((change) => (
                    <Change key={change.field} label={fieldLabel(kind, change.field)} change={change} show={show} />
                  ))}
                </dl>
              )}
              {canRestore && revision.number !== record.revision && (
                <button
                  type="button"
                  class="button small secondary"
                  aria-disabled={restoring !== null ? 'true' : undefined}
                  onClick={() => restoring === null && void restore(revision.number)}
                >
                  Restore revision {revision.number}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Change({ label, change, show }: { label: string; change: FieldChange; show: (field: string, value: unknown) => string }) {
  const before = show(change.field, change.before);
  const after = show(change.field, change.after);
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {before && after ? (
          <>
            <span class="sr-only">was </span>
            <del>{before}</del>
            <span aria-hidden="true"> → </span>
            <span class="sr-only">, now </span>
            <ins>{after}</ins>
          </>
        ) : after ? (
          <>
            <span class="sr-only">set to </span>
            <ins>{after}</ins>
          </>
        ) : (
          <>
            <span class="sr-only">removed: </span>
            <del>{before}</del> <span class="hint">(removed)</span>
          </>
        )}
      </dd>
    </div>
  );
}

/** Changes in the order the record's form shows the fields (the API lists them alphabetically). */
function inOrder(kind: Kind, changes: FieldChange[]): FieldChange[] {
  const byField = new Map(changes.map((change) => [change.field, change]));
  return inFormOrder(kind, [...byField.keys()]).map((field) => byField.get(field)!);
}

function ids(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}
