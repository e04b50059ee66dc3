import { useEffect, useRef, useState } from 'preact/hooks';
import { flash, announce } from '../lib/announce';
import { asApiError, getJson, sendJson } from '../lib/api';
import { etagFor } from '../lib/etag';
import { KINDS, recordPath, type Kind } from '../lib/kinds';
import { groupFieldErrors, type ApiError } from '../lib/problem';
import { navigate } from '../lib/router';
import type { RecordMeta } from '../lib/types';
import { changedFields } from './details';

/**
 * Creating or editing a record: sends the details (with If-Match when editing), goes to the
 * record's page when saved, and otherwise keeps everything typed and says what to fix. When
 * someone else saved the record first (412), it loads their version on request, lists what
 * they changed and lets the user keep their own input or take theirs.
 */

export interface RecordFormConfig<F extends object, V extends RecordMeta> {
  kind: Kind;
  /** The record being edited; absent when creating one. */
  id?: number;
  initial: F;
  /** The ETag of the version `initial` was read from (editing only). */
  etag?: string | null;
  toBody: (form: F) => unknown;
  fromView: (view: V) => F;
  /** Names a list entry in error messages ("Line 2", a composer's name). */
  entryLabel?: (field: string, index: number, form: F) => string;
}

export interface Conflict<F> {
  /** The current saved version, once loaded. */
  latest?: F;
  /** The fields the other person changed. */
  changed: (keyof F & string)[];
}

export interface RecordForm<F extends object> {
  form: F;
  set<K extends keyof F>(field: K, value: F[K]): void;
  submit(event: Event): Promise<void>;
  saving: boolean;
  error: ApiError | null;
  fieldErrors: Record<string, string>;
  conflict: Conflict<F> | null;
  loadLatest(): Promise<void>;
  takeLatest(): void;
  /** The error summary or conflict notice; focused when a save fails. */
  problemRef: { current: HTMLDivElement | null };
}

export function useRecordForm<F extends object, V extends RecordMeta>(config: RecordFormConfig<F, V>): RecordForm<F> {
  const { kind, id } = config;
  const [form, setForm] = useState<F>(config.initial);
  const [base, setBase] = useState<F>(config.initial);
  const [etag, setEtag] = useState<string | null>(config.etag ?? null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict<F> | null>(null);
  const [failures, setFailures] = useState(0);
  const problemRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failures > 0) problemRef.current?.focus();
  }, [failures]);

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    announce('Saving…');
    try {
      const body = config.toBody(form);
      const saved = id === undefined ? await sendJson<V>('POST', `/${kind}`, body) : await sendJson<V>('PUT', `/${kind}/${id}`, body, etag);
      navigate(recordPath(kind, saved.body.id));
      flash('Saved.');
    } catch (thrown) {
      const failure = asApiError(thrown);
      setError(failure);
      setConflict(failure.status === 412 ? { changed: [] } : null);
      setFieldErrors(
        groupFieldErrors(failure.problem.errors, (field, index) =>
          config.entryLabel ? config.entryLabel(field, index, form) : `Line ${index + 1}`,
        ),
      );
      setSaving(false);
      setFailures((n) => n + 1);
      announce(failure.status === 412 ? `Not saved: someone else changed this ${KINDS[kind].noun}.` : 'Not saved.');
    }
  }

  async function loadLatest() {
    if (id === undefined) return;
    try {
      const latest = await getJson<V>(`/${kind}/${id}`);
      const latestForm = config.fromView(latest.body);
      setConflict({ latest: latestForm, changed: changedFields(base, latestForm) });
      setBase(latestForm);
      setEtag(etagFor(latest.etag, latest.body.version));
      announce('Their version is loaded. Your input is unchanged.');
    } catch (thrown) {
      setError(asApiError(thrown));
      setConflict(null);
      setFailures((n) => n + 1);
    }
  }

  function takeLatest() {
    if (!conflict?.latest) return;
    setForm(conflict.latest);
    setConflict(null);
    setError(null);
    setFieldErrors({});
    announce('The form now shows their version.');
  }

  return {
    form,
    set: (field, value) => setForm((current) => ({ ...current, [field]: value })),
    submit,
    saving,
    error,
    fieldErrors,
    conflict,
    loadLatest,
    takeLatest,
    problemRef,
  };
}
