import { Heading } from '../components/Heading';
import { RequireRole } from '../components/RequireRole';
import { joinLines, lines, optional, SINGLE_DATE_HINT } from '../forms/details';
import { EditLoader } from '../forms/EditLoader';
import { TextArea, TextField } from '../forms/fields';
import { FormActions } from '../forms/FormActions';
import { FormProblems } from '../forms/FormProblems';
import { useRecordForm } from '../forms/useRecordForm';
import type { PersonDetails, PersonView } from '../lib/types';

interface PersonForm {
  name: string;
  sortName: string;
  nameVariants: string;
  born: string;
  died: string;
  viaf: string;
  gnd: string;
  wikidata: string;
  notes: string;
}

const EMPTY: PersonForm = { name: '', sortName: '', nameVariants: '', born: '', died: '', viaf: '', gnd: '', wikidata: '', notes: '' };

function formOf(view: PersonView): PersonForm {
  return {
    name: view.name,
    sortName: view.sortName ?? '',
    nameVariants: joinLines(view.nameVariants),
    born: view.born ?? '',
    died: view.died ?? '',
    viaf: view.viaf ?? '',
    gnd: view.gnd ?? '',
    wikidata: view.wikidata ?? '',
    notes: view.notes ?? '',
  };
}

function detailsOf(form: PersonForm): PersonDetails {
  return {
    name: optional(form.name),
    sortName: optional(form.sortName),
    nameVariants: lines(form.nameVariants),
    born: optional(form.born),
    died: optional(form.died),
    viaf: optional(form.viaf),
    gnd: optional(form.gnd),
    wikidata: optional(form.wikidata),
    notes: optional(form.notes),
  };
}

/** Cataloguing a new person (/people/new) or editing one (/people/:id/edit). */
export function PersonFormPage({ id }: { id?: number }) {
  return (
    <RequireRole role="librarian" purpose="catalogue people">
      {id === undefined ? (
        <PersonEditor initial={EMPTY} />
      ) : (
        <EditLoader<PersonView> kind="people" id={id}>
          {(view, etag) => <PersonEditor id={id} initial={formOf(view)} etag={etag} name={view.name} />}
        </EditLoader>
      )}
    </RequireRole>
  );
}

function PersonEditor({ id, initial, etag, name }: { id?: number; initial: PersonForm; etag?: string | null; name?: string }) {
  const state = useRecordForm<PersonForm, PersonView>({ kind: 'people', id, initial, etag, toBody: detailsOf, fromView: formOf });
  const { form, set, fieldErrors: errors } = state;
  const text = (field: keyof PersonForm) => ({
    name: field,
    value: form[field],
    onInput: (value: string) => set(field, value),
    error: errors[field],
  });

  return (
    <>
      <Heading>{id === undefined ? 'Add a person' : `Edit ${name}`}</Heading>
      <form class="record-form" onSubmit={(event) => void state.submit(event)} noValidate>
        <FormProblems kind="people" state={state} describe={(field, values) => values[field].replace(/\n/g, '; ')} />
        <TextField {...text('name')} label="Name" hint="As usually written, for example “Fanny Hensel”." required />
        <TextField
          {...text('sortName')}
          label="Sort name"
          hint="As filed, for example “Hensel, Fanny”. Leave empty to file under the name."
        />
        <TextArea {...text('nameVariants')} label="Name variants" hint="Other names and spellings, one per line." rows={3} />
        <div class="field-pair">
          <TextField {...text('born')} label="Born" hint={SINGLE_DATE_HINT} />
          <TextField {...text('died')} label="Died" hint={SINGLE_DATE_HINT} />
        </div>
        <fieldset class="group">
          <legend>Authority records</legend>
          <TextField {...text('viaf')} label="VIAF" hint="The VIAF cluster id: digits only." inputMode="numeric" narrow />
          <TextField {...text('gnd')} label="GND" hint="For example 118548018 or 4015601-5." narrow />
          <TextField {...text('wikidata')} label="Wikidata" hint="The item id, for example Q229009." narrow />
        </fieldset>
        <TextArea {...text('notes')} label="Notes" rows={5} />
        <FormActions saving={state.saving} cancelHref={id === undefined ? '/people' : `/people/${id}`} />
      </form>
    </>
  );
}
