import { Heading } from '../components/Heading';
import { RequireRole } from '../components/RequireRole';
import { ErrorPage, Loading } from '../components/Status';
import { DATE_HINT, optional } from '../forms/details';
import { EditLoader } from '../forms/EditLoader';
import { SelectField, TextArea, TextField } from '../forms/fields';
import { FormActions } from '../forms/FormActions';
import { FormProblems } from '../forms/FormProblems';
import { useRecordForm } from '../forms/useRecordForm';
import { getJson } from '../lib/api';
import { humanise } from '../lib/format';
import { readId } from '../lib/query';
import { useResource } from '../lib/resource';
import { useLocation } from '../lib/router';
import { SOURCE_KINDS, type SourceDetails, type SourceKind, type SourceView, type TitledRef, type WorkView } from '../lib/types';

interface SourceForm {
  kind: string;
  title: string;
  holdingInstitution: string;
  shelfmark: string;
  date: string;
  notes: string;
}

const EMPTY: SourceForm = { kind: '', title: '', holdingInstitution: '', shelfmark: '', date: '', notes: '' };

const KIND_CHOICES = [{ value: '', label: 'Choose a kind' }, ...SOURCE_KINDS.map((kind) => ({ value: kind, label: humanise(kind) }))];

function formOf(view: SourceView): SourceForm {
  return {
    kind: view.kind,
    title: view.title,
    holdingInstitution: view.holdingInstitution ?? '',
    shelfmark: view.shelfmark ?? '',
    date: view.date ?? '',
    notes: view.notes ?? '',
  };
}

/** Cataloguing a new source of a work (/sources/new?work=:id) or editing one (/sources/:id/edit). */
export function SourceFormPage({ id }: { id?: number }) {
  return (
    <RequireRole role="librarian" purpose="catalogue sources">
      {id === undefined ? (
        <NewSource />
      ) : (
        <EditLoader<SourceView> kind="sources" id={id}>
          {(view, etag) => <SourceEditor id={id} work={view.work} initial={formOf(view)} etag={etag} />}
        </EditLoader>
      )}
    </RequireRole>
  );
}

function NewSource() {
  const { params } = useLocation();
  const workId = readId(params, 'work');
  const work = useResource(
    async (signal) => (workId === undefined ? null : (await getJson<WorkView>(`/works/${workId}`, signal)).body),
    String(workId),
  );
  if (workId === undefined) {
    return (
      <>
        <Heading>Add a source</Heading>
        <p>
          A source belongs to a work. Open the work’s page and choose “Add source” there. <a href="/works">Browse the works</a>
        </p>
      </>
    );
  }
  if (work.error) return <ErrorPage error={work.error} onRetry={work.reload} />;
  if (!work.data) return <Loading />;
  return <SourceEditor work={{ id: work.data.id, title: work.data.title }} initial={EMPTY} />;
}

function SourceEditor({ id, work, initial, etag }: { id?: number; work: TitledRef; initial: SourceForm; etag?: string | null }) {
  const state = useRecordForm<SourceForm, SourceView>({
    kind: 'sources',
    id,
    initial,
    etag,
    toBody: (form): SourceDetails => ({
      workId: work.id,
      kind: (optional(form.kind) as SourceKind | null) ?? null,
      title: optional(form.title),
      holdingInstitution: optional(form.holdingInstitution),
      shelfmark: optional(form.shelfmark),
      date: optional(form.date),
      notes: optional(form.notes),
    }),
    fromView: formOf,
  });
  const { form, set, fieldErrors: errors } = state;
  const text = (field: keyof SourceForm) => ({
    name: field,
    value: form[field],
    onInput: (value: string) => set(field, value),
    error: errors[field],
  });

  return (
    <>
      <Heading>{id === undefined ? `Add a source of “${work.title}”` : `Edit “${initial.title}”`}</Heading>
      <p id="field-workId" tabIndex={-1}>
        Source of <a href={`/works/${work.id}`}>{work.title}</a>
        {errors.workId && <span class="field-error"> {errors.workId}</span>}
      </p>
      <form class="record-form" onSubmit={(event) => void state.submit(event)} noValidate>
        <FormProblems
          kind="sources"
          state={state}
          describe={(field, values) => (field === 'kind' ? humanise(values.kind) : values[field])}
        />
        <SelectField
          name="kind"
          label="Kind"
          required
          value={form.kind}
          onChange={(value) => set('kind', value)}
          choices={KIND_CHOICES}
          error={errors.kind}
        />
        <TextField
          {...text('title')}
          label="Title"
          required
          hint="A short description, for example “Autograph fair copy” or “First edition, Schlesinger”."
        />
        <TextField {...text('holdingInstitution')} label="Holding institution" hint="For example “Staatsbibliothek zu Berlin”." />
        <TextField {...text('shelfmark')} label="Shelfmark" hint="The holding institution’s call number." narrow />
        <TextField {...text('date')} label="Date" hint={DATE_HINT} narrow />
        <TextArea {...text('notes')} label="Notes" rows={5} />
        <FormActions saving={state.saving} cancelHref={id === undefined ? `/works/${work.id}` : `/sources/${id}`} />
      </form>
    </>
  );
}
