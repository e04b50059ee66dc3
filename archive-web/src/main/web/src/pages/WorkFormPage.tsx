import { Heading } from '../components/Heading';
import { Incipit } from '../components/Incipit';
import { RequireRole } from '../components/RequireRole';
import { DATE_HINT, joinLines, lines, optional } from '../forms/details';
import { EditLoader } from '../forms/EditLoader';
import { SelectField, TextArea, TextField } from '../forms/fields';
import { FormActions } from '../forms/FormActions';
import { FormProblems } from '../forms/FormProblems';
import { Picker, type Pickable } from '../forms/Picker';
import { useRecordForm } from '../forms/useRecordForm';
import { getJson } from '../lib/api';
import { humanise, lifeDates } from '../lib/format';
import { parseIncipit } from '../lib/incipit';
import { apiPath } from '../lib/query';
import { PERIODS, type Page, type Period, type PersonSummary, type WorkDetails, type WorkView } from '../lib/types';

/** The work form as typed: text fields, list fields one entry per line, composers in order. */
interface WorkForm {
  title: string;
  composerIds: Pickable[];
  alternativeTitles: string;
  catalogueNumber: string;
  genre: string;
  key: string;
  metre: string;
  instrumentation: string;
  movements: string;
  date: string;
  period: string;
  language: string;
  textIncipit: string;
  incipit: string;
  notes: string;
}

const EMPTY: WorkForm = {
  title: '',
  composerIds: [],
  alternativeTitles: '',
  catalogueNumber: '',
  genre: '',
  key: '',
  metre: '',
  instrumentation: '',
  movements: '',
  date: '',
  period: '',
  language: '',
  textIncipit: '',
  incipit: '',
  notes: '',
};

function formOf(view: WorkView): WorkForm {
  return {
    title: view.title,
    composerIds: (view.composers ?? []).map((composer) => ({ id: composer.id, label: composer.name })),
    alternativeTitles: joinLines(view.alternativeTitles),
    catalogueNumber: view.catalogueNumber ?? '',
    genre: view.genre ?? '',
    key: view.key ?? '',
    metre: view.metre ?? '',
    instrumentation: joinLines(view.instrumentation),
    movements: joinLines(view.movements),
    date: view.date ?? '',
    period: view.period ?? '',
    language: view.language ?? '',
    textIncipit: view.textIncipit ?? '',
    incipit: view.incipit ?? '',
    notes: view.notes ?? '',
  };
}

function detailsOf(form: WorkForm): WorkDetails {
  return {
    title: optional(form.title),
    alternativeTitles: lines(form.alternativeTitles),
    catalogueNumber: optional(form.catalogueNumber),
    genre: optional(form.genre),
    key: optional(form.key),
    instrumentation: lines(form.instrumentation),
    date: optional(form.date),
    period: (optional(form.period) as Period | null) ?? null,
    language: optional(form.language),
    textIncipit: optional(form.textIncipit),
    notes: optional(form.notes),
    composerIds: form.composerIds.map((composer) => composer.id),
    metre: optional(form.metre),
    movements: lines(form.movements),
    incipit: optional(form.incipit.replace(/\s+/g, ' ')),
  };
}

const PERIOD_CHOICES = [{ value: '', label: 'Not set' }, ...PERIODS.map((period) => ({ value: period, label: humanise(period) }))];

/** Cataloguing a new work (/works/new) or editing one (/works/:id/edit). */
export function WorkFormPage({ id }: { id?: number }) {
  return (
    <RequireRole role="librarian" purpose="catalogue works">
      {id === undefined ? (
        <WorkEditor initial={EMPTY} />
      ) : (
        <EditLoader<WorkView> kind="works" id={id}>
          {(view, etag) => <WorkEditor id={id} initial={formOf(view)} etag={etag} title={view.title} />}
        </EditLoader>
      )}
    </RequireRole>
  );
}

function WorkEditor({ id, initial, etag, title }: { id?: number; initial: WorkForm; etag?: string | null; title?: string }) {
  const state = useRecordForm<WorkForm, WorkView>({
    kind: 'works',
    id,
    initial,
    etag,
    toBody: detailsOf,
    fromView: formOf,
    entryLabel: (field, index, form) =>
      field === 'composerIds' ? (form.composerIds[index]?.label ?? `Composer ${index + 1}`) : `Line ${index + 1}`,
  });
  const { form, set, fieldErrors: errors } = state;
  const text = (name: keyof WorkForm & string) => ({
    name,
    value: form[name] as string,
    onInput: (value: string) => set(name, value),
    error: errors[name],
  });

  return (
    <>
      <Heading>{id === undefined ? 'Add a work' : `Edit “${title}”`}</Heading>
      <form class="record-form" onSubmit={(event) => void state.submit(event)} noValidate>
        <FormProblems kind="works" state={state} describe={(field, values) => describeWorkField(values, field)} />
        <TextField {...text('title')} label="Title" required />
        <Picker
          name="composerIds"
          legend="Composers"
          searchLabel="Find a composer"
          noun="composer"
          hint="Search by name, then add each composer in the order to show them."
          chosen={form.composerIds}
          onChange={(chosen) => set('composerIds', chosen)}
          search={searchPeople}
          error={errors.composerIds}
        />
        <TextArea {...text('alternativeTitles')} label="Alternative titles" hint="One per line." rows={2} />
        <TextField {...text('catalogueNumber')} label="Catalogue number" hint="For example “H-U 385” or “Op. 7 No. 2”." narrow />
        <TextField {...text('genre')} label="Genre" hint="Genre or form, for example “Lied” or “Piano trio”." />
        <TextField {...text('key')} label="Key" hint="For example “E-flat major”, “f# minor” or “D dorian”." narrow />
        <TextField {...text('metre')} label="Metre" hint="The time signature, for example “3/4”, “6/8” or “C”." narrow />
        <TextArea {...text('instrumentation')} label="Instrumentation" hint="One instrument or voice per line." rows={3} />
        <TextArea {...text('movements')} label="Movements" hint="For works in several movements: one movement per line, in order." rows={3} />
        <TextField {...text('date')} label="Date" hint={DATE_HINT} narrow />
        <SelectField
          name="period"
          label="Period"
          value={form.period}
          onChange={(value) => set('period', value)}
          choices={PERIOD_CHOICES}
          error={errors.period}
        />
        <TextField {...text('language')} label="Language" hint="For vocal works: the text’s ISO 639 code, for example “de”." narrow />
        <TextField {...text('textIncipit')} label="Text incipit" hint="For vocal works: the first words of the text." />
        <TextArea
          {...text('incipit')}
          label="Incipit"
          hint="The opening melody, note by note: pitch and octave (C4 is middle C; # and b for sharps and flats) or r for a rest, a colon, the length as a fraction of a whole note, and * after a note an editor supplied. For example: G4:1/4 C5:3/8 B4:1/8 r:1/4 Bb4:1/16*"
          rows={2}
        />
        <IncipitPreview text={form.incipit} metre={form.metre} keyText={form.key} />
        <TextArea {...text('notes')} label="Notes" rows={5} />
        <FormActions saving={state.saving} cancelHref={id === undefined ? '/works' : `/works/${id}`} />
      </form>
    </>
  );
}

/** What the typed incipit looks like, once it reads as one. */
function IncipitPreview({ text, metre, keyText }: { text: string; metre: string; keyText: string }) {
  if (!text.trim()) return null;
  if (!parseIncipit(text)) {
    return <p class="hint incipit-preview">The preview appears when the incipit is written as in the example.</p>;
  }
  return (
    <div class="incipit-preview">
      <p class="hint">Preview:</p>
      <Incipit incipit={text} metre={metre} keyText={keyText} />
    </div>
  );
}

function describeWorkField(form: WorkForm, field: keyof WorkForm & string): string {
  if (field === 'composerIds') return form.composerIds.map((composer) => composer.label).join(', ');
  if (field === 'period') return humanise(form.period);
  return form[field].replace(/\n/g, '; ');
}

async function searchPeople(text: string, signal: AbortSignal) {
  const page = (await getJson<Page<PersonSummary>>(apiPath('/people', { q: text, size: 10, sort: 'name' }), signal)).body;
  return page.items.map((person) => ({
    id: person.id,
    label: person.name,
    description: lifeDates(person.born, person.died),
    withdrawn: person.withdrawn,
  }));
}
