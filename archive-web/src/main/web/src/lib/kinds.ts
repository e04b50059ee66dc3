/** The four kinds of catalogue record, under the path segment the API and the pages share. */

export type Kind = 'works' | 'people' | 'sources' | 'collections';

interface KindInfo {
  /** "work", as in "Withdraw this work". */
  noun: string;
  /** Labels of the request fields, as forms and the revision history show them. */
  fields: Record<string, string>;
}

export const KINDS: Record<Kind, KindInfo> = {
  works: {
    noun: 'work',
    fields: {
      title: 'Title',
      alternativeTitles: 'Alternative titles',
      catalogueNumber: 'Catalogue number',
      genre: 'Genre',
      key: 'Key',
      instrumentation: 'Instrumentation',
      date: 'Date',
      period: 'Period',
      language: 'Language',
      textIncipit: 'Text incipit',
      notes: 'Notes',
      composerIds: 'Composers',
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

export function recordPath(kind: Kind, id: number): string {
  return `/${kind}/${id}`;
}
