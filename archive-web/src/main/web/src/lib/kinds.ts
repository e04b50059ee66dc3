/** The four kinds of catalogue record, under the path segment the API and the pages share. */

export type Kind = 'works' | 'people' | 'sources' | 'collections';

interface KindInfo {
  /** "work", as in "Withdraw this work". */
  noun: string;
  /** Labels of the request fields, as forms and the revision history show them, in form order. */
  fields: Record<string, string>;
}

export const KINDS: Record<Kind, KindInfo> = {
  works: {
    noun: 'work',
    fields: {
      title: 'Title',
      composerIds: 'Composers',
      alternativeTitles: 'Alternative titles',
      catalogueNumber: 'Catalogue number',
      genre: 'Genre',
      key: 'Key',
      metre: 'Metre',
      instrumentation: 'Instrumentation',
      movements: 'Movements',
      date: 'Date',
      period: 'Period',
      language: 'Language',
      textIncipit: 'Text incipit',
      incipit: 'Incipit',
      notes: 'Notes',
    },
  },
  people: {
    noun: 'person',
    fields: {
      name: 'Name',
      sortName: 'Sort name',
      nameVariants: 'Name variants',
      born: 'Born',
      died: 'Died',
      viaf: 'VIAF',
      gnd: 'GND',
      wikidata: 'Wikidata',
      notes: 'Notes',
    },
  },
  sources: {
    noun: 'source',
    fields: {
      workId: 'Work',
      kind: 'Kind',
      title: 'Title',
      holdingInstitution: 'Holding institution',
      shelfmark: 'Shelfmark',
      date: 'Date',
      notes: 'Notes',
    },
  },
  collections: {
    noun: 'collection',
    fields: {
      title: 'Title',
      description: 'Description',
      parentId: 'Part of',
      workIds: 'Works',
    },
  },
};

export function fieldLabel(kind: Kind, field: string): string {
  return KINDS[kind].fields[field] ?? field;
}

/** Field names in the order the kind's form shows them; unknown fields go last. */
export function inFormOrder(kind: Kind, fields: string[]): string[] {
  const order = Object.keys(KINDS[kind].fields);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return [...fields].sort((a, b) => rank(a) - rank(b));
}

export function recordPath(kind: Kind, id: number): string {
  return `/${kind}/${id}`;
}
