import { useEffect, useRef, useState } from 'preact/hooks';
import { Heading } from '../components/Heading';
import { RequireRole } from '../components/RequireRole';
import { ErrorPage, Loading, ProblemText } from '../components/Status';
import { FieldErrorText, SelectField, TextArea, TextField } from '../forms/fields';
import { FormActions } from '../forms/FormActions';
import { announce, flash } from '../lib/announce';
import { asApiError } from '../lib/api';
import { hasRole, sessionStore } from '../lib/auth';
import { etagFor } from '../lib/etag';
import { useFrameworkNames } from '../lib/framework';
import { POLICY_AREA_NAMES, PRINCIPLE_NAMES, type Framework, type Guideline } from '../lib/governance';
import {
  controlId,
  draftOf,
  emptyGuidelineForm,
  formOfRevision,
  moveClause,
  newClause,
  placeErrors,
  type ClauseForm,
  type GuidelineErrors,
  type GuidelineForm,
} from '../lib/guideline-form';
import type { ApiError } from '../lib/problem';
import { useResource } from '../lib/resource';
import { navigate } from '../lib/router';
import { useStore } from '../lib/store';
import { getGov, sendGov } from '../lib/governance-api';

const NO_ERRORS: GuidelineErrors = { fields: {}, clauses: {}, summary: [] };

/** Starting a guideline (/guidelines/new) or writing a new revision of a draft (/guidelines/:id/edit). */
export function GuidelineFormPage({ id }: { id?: number }) {
  return (
    <RequireRole role="member" purpose="draft guidelines">
      {id === undefined ? <GuidelineEditor initial={emptyGuidelineForm()} /> : <EditGuideline id={id} />}
    </RequireRole>
  );
}

function EditGuideline({ id }: { id: number }) {
  const steward = hasRole(useStore(sessionStore), 'steward');
  const guideline = useResource((signal) => getGov<Guideline>(`/guidelines/${id}`, signal), `guideline/${id}`);
  if (guideline.error) return <ErrorPage error={guideline.error} onRetry={guideline.reload} />;
  if (!guideline.data) return <Loading />;
  const view = guideline.data.body;
  if (!view.canEdit && !steward) {
    return (
      <>
        <Heading>Not allowed</Heading>
        <p>
          Only the author of “{view.title}” or a steward can write a new revision of it. Members can{' '}
          <a href={`/guidelines/${id}`}>comment on its clauses and propose amendments</a>.
        </p>
      </>
    );
  }
  if (view.state !== 'draft') {
    return (
      <>
        <Heading>This guideline is not a draft</Heading>
        <p>
          “{view.title}” is {view.state}: its text can no longer change. A rejected or adopted guideline can be reopened as a new draft from{' '}
          <a href={`/guidelines/${id}`}>its page</a>.
        </p>
      </>
    );
  }
  return <GuidelineEditor id={id} initial={formOfRevision(view.current)} etag={etagFor(guideline.data.etag, view.version)} title={view.title} />;
}

function GuidelineEditor({ id, initial, etag: initialEtag, title }: { id?: number; initial: GuidelineForm; etag?: string | null; title?: string }) {
  const framework = useFrameworkNames();
  const [form, setForm] = useState(initial);
  const [etag, setEtag] = useState(initialEtag ?? null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<GuidelineErrors>(NO_ERRORS);
  const [latest, setLatest] = useState<GuidelineForm | null>(null);
  const [failures, setFailures] = useState(0);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const editing = id !== undefined;

  useEffect(() => {
    if (failures > 0) problemRef.current?.focus();
  }, [failures]);

  useEffect(() => {
    if (focusTarget) {
      document.getElementById(focusTarget)?.focus();
      setFocusTarget(null);
    }
  }, [focusTarget]);

  const set = <K extends keyof GuidelineForm>(field: K, value: GuidelineForm[K]) => setForm((current) => ({ ...current, [field]: value }));
  const setClause = (uid: number, change: Partial<ClauseForm>) =>
    setForm((current) => ({ ...current, clauses: current.clauses.map((clause) => (clause.uid === uid ? { ...clause, ...change } : clause)) }));

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    announce('Saving…');
    const sent = form;
    try {
      const body = draftOf(sent, editing);
      const saved = editing ? await sendGov<Guideline>('PUT', `/guidelines/${id}`, body, etag) : await sendGov<Guideline>('POST', '/guidelines', body);
      navigate(`/guidelines/${saved.body.id}`);
      flash(editing ? `Saved as revision ${saved.body.current.number}.` : 'Saved.');
    } catch (thrown) {
      const failure = asApiError(thrown);
      setError(failure);
      setLatest(null);
      setErrors(placeErrors(failure.problem.errors, sent));
      setSaving(false);
      setFailures((n) => n + 1);
      announce(failure.status === 412 ? 'Not saved: someone else changed this guideline.' : 'Not saved.');
    }
  }

  async function loadLatest() {
    try {
      const fetched = await getGov<Guideline>(`/guidelines/${id}`);
      setEtag(etagFor(fetched.etag, fetched.body.version));
      setLatest(formOfRevision(fetched.body.current));
      announce('Their version is loaded. Your input is unchanged.');
    } catch (thrown) {
      setError(asApiError(thrown));
      setFailures((n) => n + 1);
    }
  }

  function addClause() {
    const clause = newClause();
    setForm((current) => ({ ...current, clauses: [...current.clauses, clause] }));
    setFocusTarget(controlId('clauses', form.clauses.length, 'text'));
    announce(`Added clause ${form.clauses.length + 1}.`);
  }

  function move(index: number, offset: -1 | 1) {
    const to = index + offset;
    setForm((current) => ({ ...current, clauses: moveClause(current.clauses, index, offset) }));
    const atEdge = to === 0 || to === form.clauses.length - 1;
    setFocusTarget(`clause-${to}-${atEdge ? (offset < 0 ? 'down' : 'up') : offset < 0 ? 'up' : 'down'}`);
    announce(`Clause ${index + 1} is now clause ${to + 1} of ${form.clauses.length}.`);
  }

  function remove(index: number) {
    const next = form.clauses.filter((_, i) => i !== index);
    setForm((current) => ({ ...current, clauses: current.clauses.filter((_, i) => i !== index) }));
    setFocusTarget(next.length ? `clause-${Math.min(index, next.length - 1)}-remove` : 'add-clause');
    announce(`Removed clause ${index + 1}.`);
  }

  return (
    <>
      <Heading>{editing ? `Edit “${title}”` : 'Start a guideline'}</Heading>
      <p class="lead">
        {editing
          ? 'Saving writes a new revision; earlier revisions stay in the history, and comments and amendments stay with their clauses.'
          : 'A guideline is a title, a purpose and numbered clauses; each clause serves at least one principle of the UNESCO Recommendation. Other members can then comment on each clause and propose amendments.'}
      </p>
      <form class="record-form guideline-form" onSubmit={(event) => void submit(event)} noValidate>
        {error && (
          <Problems
            error={error}
            errors={errors}
            problemRef={problemRef}
            latest={latest}
            onLoadLatest={() => void loadLatest()}
            onTakeLatest={() => {
              if (!latest) return;
              setForm(latest);
              setError(null);
              setErrors(NO_ERRORS);
              setLatest(null);
              announce('The form now shows their version.');
            }}
          />
        )}
        <TextField name="title" label="Title" required value={form.title} onInput={(value) => set('title', value)} error={errors.fields.title} />
        <TextArea
          name="purpose"
          label="Purpose"
          hint="What the guideline is for, in a few sentences."
          rows={3}
          value={form.purpose}
          onInput={(value) => set('purpose', value)}
          error={errors.fields.purpose}
        />
        <fieldset class={errors.fields.clauses ? 'clauses-fieldset field-invalid' : 'clauses-fieldset'} id={controlId('clauses')} tabIndex={-1}>
          <legend>Clauses</legend>
          <p class="hint">Clauses are numbered in the order shown here. Use Up and Down to reorder them.</p>
          {errors.fields.clauses && <FieldErrorText name="clauses" error={errors.fields.clauses} />}
          <ol class="clause-editors">
            {form.clauses.map((clause, index) => (
              <ClauseEditor
                key={clause.uid}
                clause={clause}
                index={index}
                count={form.clauses.length}
                framework={framework.data}
                errors={errors.clauses[clause.uid] ?? {}}
                onChange={(change) => setClause(clause.uid, change)}
                onMove={(offset) => move(index, offset)}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
          <button type="button" class="button secondary" id="add-clause" onClick={addClause}>
            Add a clause
          </button>
        </fieldset>
        {editing && (
          <TextField
            name="note"
            label="Edit note"
            hint="Optional: what this revision changes and why, for the history."
            value={form.note}
            onInput={(value) => set('note', value)}
            error={errors.fields.note}
          />
        )}
        <FormActions saving={saving} cancelHref={editing ? `/guidelines/${id}` : '/guidelines'} />
      </form>
    </>
  );
}

function ClauseEditor({
  clause,
  index,
  count,
  framework,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  clause: ClauseForm;
  index: number;
  count: number;
  framework?: Framework;
  errors: Partial<Record<'text' | 'principles' | 'policyArea' | 'clause', string>>;
  onChange: (change: Partial<ClauseForm>) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const principles = framework?.principles.length
    ? [...framework.principles].sort((a, b) => a.position - b.position).map((principle) => ({ code: principle.code, name: principle.name }))
    : Object.entries(PRINCIPLE_NAMES).map(([code, name]) => ({ code, name }));
  const areas = framework?.policyAreas.length
    ? [...framework.policyAreas].sort((a, b) => a.number - b.number)
    : POLICY_AREA_NAMES.map((name, i) => ({ number: i + 1, name }));
  const principlesId = controlId('clauses', index, 'principles');
  const principlesDescribedBy = [`${principlesId}-hint`, errors.principles ? `${principlesId}-error` : ''].filter(Boolean).join(' ');

  function toggle(code: string, on: boolean) {
    const chosen = new Set(clause.principles);
    if (on) chosen.add(code);
    else chosen.delete(code);
    // Keep the framework's order, so the request (and the hash) does not depend on the clicking order.
    onChange({ principles: principles.map((p) => p.code).filter((c) => chosen.has(c)) });
  }

  return (
    <li class="clause-editor-item">
      <fieldset class={errors.clause ? 'clause-editor field-invalid' : 'clause-editor'} id={controlId('clauses', index, 'clause')} tabIndex={-1} data-clause-index={index}>
        <legend>Clause {n}</legend>
        {errors.clause && <FieldErrorText name={`clauses-${index}`} error={errors.clause} />}
        {clause.key !== undefined && <p class="hint">An existing clause: its comments and amendments stay with it.</p>}
        <TextArea
          name={`clauses-${index}-text`}
          label={`Text of clause ${n}`}
          required
          rows={4}
          value={clause.text}
          onInput={(text) => onChange({ text })}
          error={errors.text}
        />
        <fieldset
          class={errors.principles ? 'principle-choices field-invalid' : 'principle-choices'}
          id={principlesId}
          tabIndex={-1}
          aria-describedby={principlesDescribedBy}
        >
          <legend>Principles of clause {n}</legend>
          <p class="hint" id={`${principlesId}-hint`}>
            Required: the principles this clause serves, at least one.
          </p>
          {errors.principles && <FieldErrorText name={`clauses-${index}-principles`} error={errors.principles} />}
          <div class="principle-grid">
            {principles.map((principle) => (
              <label key={principle.code} class="check" for={`clause-${index}-principle-${principle.code}`}>
                <input
                  type="checkbox"
                  id={`clause-${index}-principle-${principle.code}`}
                  name={`clauses-${index}-principles`}
                  value={principle.code}
                  checked={clause.principles.includes(principle.code)}
                  onChange={(event) => toggle(principle.code, event.currentTarget.checked)}
                />
                {principle.name}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField
          name={`clauses-${index}-policyArea`}
          label={`Policy area of clause ${n}`}
          hint="Optional: the UNESCO policy area the clause belongs to."
          value={clause.policyArea}
          onChange={(policyArea) => onChange({ policyArea })}
          choices={[{ value: '', label: 'None' }, ...areas.map((area) => ({ value: String(area.number), label: `${area.number} ${area.name}` }))]}
          error={errors.policyArea}
        />
        {clause.rule !== undefined && clause.rule !== null && (
          <p class="hint">This clause has a machine-checkable rule; it is kept as it is.</p>
        )}
        <div class="clause-buttons" role="group" aria-label={`Arrange clause ${n}`}>
          <button type="button" class="button small" id={`clause-${index}-up`} disabled={index === 0} aria-label={`Move clause ${n} up`} onClick={() => onMove(-1)}>
            Up
          </button>
          <button
            type="button"
            class="button small"
            id={`clause-${index}-down`}
            disabled={index === count - 1}
            aria-label={`Move clause ${n} down`}
            onClick={() => onMove(1)}
          >
            Down
          </button>
          <button type="button" class="button small" id={`clause-${index}-remove`} disabled={count === 1} aria-label={`Remove clause ${n}`} onClick={onRemove}>
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/** The error summary (each entry links to its field) or the notice that someone else saved first. */
function Problems({
  error,
  errors,
  problemRef,
  latest,
  onLoadLatest,
  onTakeLatest,
}: {
  error: ApiError;
  errors: GuidelineErrors;
  problemRef: { current: HTMLDivElement | null };
  latest: GuidelineForm | null;
  onLoadLatest: () => void;
  onTakeLatest: () => void;
}) {
  if (error.status === 412) {
    return (
      <div class="notice notice-warning" role="alert" tabIndex={-1} ref={problemRef}>
        <h2>Someone else changed this guideline</h2>
        <p>
          A new revision was saved after you opened this form (perhaps an accepted amendment), so your changes were not saved. Everything you
          typed is still here.
        </p>
        {!latest ? (
          <button type="button" class="button secondary" onClick={onLoadLatest}>
            Load their changes
          </button>
        ) : (
          <>
            <p>
              Their version is loaded. Save again to store your version as a new revision (it replaces theirs, which stays in the history), or
              take their version instead.
            </p>
            <button type="button" class="button secondary" onClick={onTakeLatest}>
              Use their version
            </button>
          </>
        )}
      </div>
    );
  }
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={problemRef}>
      <h2>{errors.summary.length ? 'Please correct the following' : 'Not saved'}</h2>
      {errors.summary.length ? (
        <ul>
          {errors.summary.map((entry, i) => (
            <li key={i}>
              <a
                href={`#${entry.target}`}
                onClick={(event) => {
                  const target = document.getElementById(entry.target);
                  if (target) {
                    event.preventDefault();
                    target.focus();
                  }
                }}
              >
                {entry.label}: {entry.message}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <ProblemText error={error} />
      )}
    </div>
  );
}
