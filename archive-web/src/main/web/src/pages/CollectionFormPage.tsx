import { Heading } from '../components/Heading';
import { RequireRole } from '../components/RequireRole';
import { optional } from '../forms/details';
import { EditLoader } from '../forms/EditLoader';
import { SelectField, TextArea, TextField } from '../forms/fields';
import { FormActions } from '../forms/FormActions';
import { FormProblems } from '../forms/FormProblems';
import { Picker, type Pickable } from '../forms/Picker';
import { useRecordForm } from '../forms/useRecordForm';
import { getJson } from '../lib/api';
import { apiPath } from '../lib/query';
import { useResource } from '../lib/resource';
import type { CollectionDetails, CollectionSummary, CollectionView, Page, SearchResponse } from '../lib/types';

interface CollectionForm {
  title: string;
  description: string;
  parentId: string;
  workIds: Pickable[];
}

const EMPTY: CollectionForm = { title: '', description: '', parentId: '', workIds: [] };

function formOf(view: CollectionView): CollectionForm {
  return {
    title: view.title,
    description: view.description ?? '',
    parentId: view.parent ? String(view.parent.id) : '',
    workIds: (view.works ?? []).map((work) => ({ id: work.id, label: work.title })),
  };
}

function detailsOf(form: CollectionForm): CollectionDetails {
  return {
    title: optional(form.title),
    description: optional(form.description),
    parentId: form.parentId ? Number(form.parentId) : null,
    workIds: form.workIds.map((work) => work.id),
  };
}

/** Creating a collection (/collections/new) or editing one (/collections/:id/edit). */
export function CollectionFormPage({ id }: { id?: number }) {
  return (
    <RequireRole role="librarian" purpose="curate collections">
      {id === undefined ? (
        <CollectionEditor initial={EMPTY} />
      ) : (
        <EditLoader<CollectionView> kind="collections" id={id}>
          {(view, etag) => <CollectionEditor id={id} initial={formOf(view)} etag={etag} />}
        </EditLoader>
      )}
    </RequireRole>
  );
}

function CollectionEditor({ id, initial, etag }: { id?: number; initial: CollectionForm; etag?: string | null }) {
  const state = useRecordForm<CollectionForm, CollectionView>({
    kind: 'collections',
    id,
    initial,
    etag,
    toBody: detailsOf,
    fromView: formOf,
    entryLabel: (field, index, form) => (field === 'workIds' ? (form.workIds[index]?.label ?? `Work ${index + 1}`) : `Entry ${index + 1}`),
  });
  const parents = useResource(
    (signal) =>
      getJson<Page<CollectionSummary>>(apiPath('/collections', { topLevel: true, size: 100, sort: 'title' }), signal).then(
        (r) => r.body.items,
      ),
    'parents',
  );
  const { form, set, fieldErrors: errors } = state;
  const parentChoices = [
    { value: '', label: 'None: a top-level collection' },
    ...(parents.data ?? []).filter((parent) => parent.id !== id).map((parent) => ({ value: String(parent.id), label: parent.title })),
  ];
  // Keep the current parent selectable even before (or without) the list of candidates.
  if (form.parentId && !parentChoices.some((choice) => choice.value === form.parentId)) {
    parentChoices.push({ value: form.parentId, label: `Collection ${form.parentId}` });
  }

  return (
    <>
      <Heading>{id === undefined ? 'Add a collection' : `Edit “${initial.title}”`}</Heading>
      <form class="record-form" onSubmit={(event) => void state.submit(event)} noValidate>
        <FormProblems
          kind="collections"
          state={state}
          describe={(field, values) =>
            field === 'workIds'
              ? values.workIds.map((work) => work.label).join('; ')
              : field === 'parentId'
                ? (parentChoices.find((choice) => choice.value === values.parentId)?.label ?? '')
                : values[field]
          }
        />
        <TextField name="title" label="Title" required value={form.title} onInput={(value) => set('title', value)} error={errors.title} />
        <TextArea
          name="description"
          label="Description"
          hint="What brings these works together."
          rows={4}
          value={form.description}
          onInput={(value) => set('description', value)}
          error={errors.description}
        />
        <SelectField
          name="parentId"
          label="Part of"
          hint="Collections nest one level deep: a collection inside another cannot contain collections itself."
          value={form.parentId}
          onChange={(value) => set('parentId', value)}
          choices={parentChoices}
          error={errors.parentId}
        />
        <Picker
          name="workIds"
          legend="Works"
          searchLabel="Find a work"
          noun="work"
          hint="Search by title, composer or catalogue number, then add the works in the order to show them."
          chosen={form.workIds}
          onChange={(chosen) => set('workIds', chosen)}
          search={searchWorks}
          error={errors.workIds}
        />
        <FormActions saving={state.saving} cancelHref={id === undefined ? '/collections' : `/collections/${id}`} />
      </form>
    </>
  );
}

async function searchWorks(text: string, signal: AbortSignal) {
  const found = (await getJson<SearchResponse>(apiPath('/search', { q: text, size: 10 }), signal)).body;
  return found.hits.map(({ work }) => ({
    id: work.id,
    label: work.title,
    description: [work.composers?.map((composer) => composer.name).join(', '), work.catalogueNumber].filter(Boolean).join(' · '),
    withdrawn: work.withdrawn,
  }));
}
