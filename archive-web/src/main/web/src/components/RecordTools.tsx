import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { TextArea } from '../forms/fields';
import { announce, flash } from '../lib/announce';
import { asApiError, sendJson, type Fetched } from '../lib/api';
import { KINDS, type Kind } from '../lib/kinds';
import { sentence, type ApiError } from '../lib/problem';
import type { RecordMeta } from '../lib/types';
import { Dialog } from './Dialog';
import { ProblemNotice } from './Status';

/**
 * A librarian's actions on a record: edit it, withdraw it (with a reason, asked in a dialog) or
 * reinstate it. Every change names the version it was based on; when that is outdated the
 * librarian is told and can reload.
 */
export function RecordTools<V extends RecordMeta>({
  kind,
  record,
  etag,
  onChanged,
  onReload,
  children,
}: {
  kind: Kind;
  record: V;
  etag: string | null;
  onChanged: (changed: Fetched<V>) => void;
  onReload: () => void;
  /** Further actions, such as "Add source". */
  children?: ComponentChildren;
}) {
  const noun = KINDS[kind].noun;
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [dialogError, setDialogError] = useState<ApiError | null>(null);
  const [refocus, setRefocus] = useState(false);
  const toggleId = useId();
  const toggleButton = () => document.getElementById(toggleId);

  // Withdrawing or reinstating swaps the button; keep the keyboard focus on its replacement.
  useEffect(() => {
    if (refocus) {
      toggleButton()?.focus();
      setRefocus(false);
    }
  }, [refocus]);

  async function withdraw(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const changed = await sendJson<V>('PUT', `/${kind}/${record.id}/withdrawal`, { reason }, etag);
      setAsking(false);
      setReason('');
      onChanged(changed);
      flash(`Withdrawn: this ${noun} is now hidden from the public.`);
    } catch (thrown) {
      const failure = asApiError(thrown);
      setDialogError(failure);
      announce(failure.problem.detail ?? failure.problem.title);
    } finally {
      setBusy(false);
    }
  }

  async function reinstate() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onChanged(await sendJson<V>('DELETE', `/${kind}/${record.id}/withdrawal`, undefined, etag));
      flash(`Reinstated: this ${noun} is public again.`);
      setRefocus(true);
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  }

  const reasonMessage = dialogError?.problem.errors?.find((e) => e.field === 'reason')?.message;
  const reasonError = reasonMessage ? sentence(reasonMessage) : undefined;

  return (
    <>
      <div class="record-tools" role="group" aria-label={`Librarian actions for this ${noun}`}>
        <a class="button secondary" href={`/${kind}/${record.id}/edit`}>
          Edit
        </a>
        {children}
        {record.withdrawal ? (
          <button type="button" id={toggleId} class="button secondary" onClick={() => void reinstate()}>
            Reinstate
          </button>
        ) : (
          <button
            type="button"
            id={toggleId}
            class="button danger"
            onClick={() => {
              setDialogError(null);
              setAsking(true);
            }}
          >
            Withdraw
          </button>
        )}
      </div>
      {error && <StaleAware error={error} onReload={onReload} />}
      <Dialog open={asking} title={`Withdraw this ${noun}`} onClose={() => setAsking(false)} returnFocus={toggleButton}>
        <form onSubmit={(event) => void withdraw(event)} noValidate>
          <p>
            A withdrawn {noun} is hidden from the public but kept, with its history, and can be reinstated. The reason is recorded in the
            history.
          </p>
          <TextArea name="reason" label="Reason" required value={reason} onInput={setReason} rows={3} error={reasonError} />
          {dialogError && !reasonError && <StaleAware error={dialogError} onReload={onReload} />}
          <div class="form-actions">
            <button type="submit" class="button danger" aria-disabled={busy ? 'true' : undefined}>
              Confirm
            </button>
            <button type="button" class="button secondary" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/** A failed change; when the record changed meanwhile, offers to load the current version. */
export function StaleAware({ error, onReload }: { error: ApiError; onReload: () => void }) {
  return (
    <ProblemNotice error={error}>
      {error.status === 412 && (
        <button type="button" class="button secondary" onClick={onReload}>
          Reload this page’s record
        </button>
      )}
    </ProblemNotice>
  );
}
