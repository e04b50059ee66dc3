/** The API's request and response shapes (see the Java records named in each comment). */

/** Page<T> */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

/** WithdrawalView: only librarians see it, only on withdrawn records. */
export interface Withdrawal {
  at: string;
  by: string;
  reason: string;
}

/** What every record view has. */
export interface RecordMeta {
  id: number;
  version: number;
  revision: number;
  createdAt?: string;
  updatedAt?: string;
  withdrawal?: Withdrawal;
}

export type Period = 'MEDIEVAL' | 'RENAISSANCE' | 'BAROQUE' | 'CLASSICAL' | 'ROMANTIC' | 'MODERN' | 'CONTEMPORARY';
export const PERIODS: readonly Period[] = ['MEDIEVAL', 'RENAISSANCE', 'BAROQUE', 'CLASSICAL', 'ROMANTIC', 'MODERN', 'CONTEMPORARY'];

export type SourceKind = 'MANUSCRIPT' | 'PRINT' | 'EDITION' | 'RECORDING';
export const SOURCE_KINDS: readonly SourceKind[] = ['MANUSCRIPT', 'PRINT', 'EDITION', 'RECORDING'];

/** PersonRef, SourceView.WorkRef, CollectionRef: another record as this one refers to it. */
export interface PersonRef {
  id: number;
  name: string;
  withdrawn?: boolean;
}

export interface TitledRef {
  id: number;
  title: string;
  withdrawn?: boolean;
}

/** WorkSummary */
export interface WorkSummary {
  id: number;
  title: string;
  catalogueNumber?: string;
  composers?: PersonRef[];
  genre?: string;
  key?: string;
  date?: string;
  /** The opening melody in the incipit text form (see lib/incipit.ts). */
  incipit?: string | null;
  withdrawn?: boolean;
}

/** WorkDetails */
export interface WorkDetails {
  title: string | null;
  alternativeTitles: string[];
  catalogueNumber: string | null;
  genre: string | null;
  key: string | null;
  instrumentation: string[];
  date: string | null;
  period: Period | null;
  language: string | null;
  textIncipit: string | null;
  notes: string | null;
  composerIds: number[];
  metre: string | null;
  movements: string[];
  incipit: string | null;
}

/** WorkView.SourceLine */
export interface SourceLine {
  id: number;
  kind: SourceKind;
  title: string;
  holdingInstitution?: string;
  shelfmark?: string;
  date?: string;
  withdrawn?: boolean;
}

/** WorkView */
export interface WorkView extends RecordMeta {
  title: string;
  alternativeTitles?: string[];
  catalogueNumber?: string;
  genre?: string;
  key?: string;
  instrumentation?: string[];
  date?: string;
  period?: Period;
  language?: string;
  textIncipit?: string;
  notes?: string;
  metre?: string | null;
  movements?: string[];
  incipit?: string | null;
  composers?: PersonRef[];
  sources?: SourceLine[];
  collections?: TitledRef[];
}

/** PersonSummary */
export interface PersonSummary {
  id: number;
  name: string;
  sortName?: string;
  born?: string;
  died?: string;
  withdrawn?: boolean;
}

/** PersonDetails */
export interface PersonDetails {
  name: string | null;
  sortName: string | null;
  nameVariants: string[];
  born: string | null;
  died: string | null;
  viaf: string | null;
  gnd: string | null;
  wikidata: string | null;
  notes: string | null;
}

/** PersonView */
export interface PersonView extends RecordMeta {
  name: string;
  sortName?: string;
  nameVariants?: string[];
  born?: string;
  died?: string;
  viaf?: string;
  gnd?: string;
  wikidata?: string;
  notes?: string;
}

/** SourceDetails */
export interface SourceDetails {
  workId: number | null;
  kind: SourceKind | null;
  title: string | null;
  holdingInstitution: string | null;
  shelfmark: string | null;
  date: string | null;
  notes: string | null;
}

/** SourceView */
export interface SourceView extends RecordMeta {
  work: TitledRef;
  kind: SourceKind;
  title: string;
  holdingInstitution?: string;
  shelfmark?: string;
  date?: string;
  notes?: string;
}

/** CollectionSummary */
export interface CollectionSummary {
  id: number;
  title: string;
  description?: string;
  parentId?: number;
  workCount: number;
  withdrawn?: boolean;
}

/** CollectionDetails */
export interface CollectionDetails {
  title: string | null;
  description: string | null;
  parentId: number | null;
  workIds: number[];
}

/** CollectionView */
export interface CollectionView extends RecordMeta {
  title: string;
  description?: string;
  parent?: TitledRef;
  children?: TitledRef[];
  works?: WorkSummary[];
}

export type RevisionAction = 'CREATED' | 'EDITED' | 'RESTORED' | 'WITHDRAWN' | 'REINSTATED';

/** FieldChange: JSON values; absent means null. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** RevisionView */
export interface Revision {
  number: number;
  action: RevisionAction;
  at: string;
  by?: string;
  restoredFrom?: number;
  reason?: string;
  changes?: FieldChange[];
}

/** members.Member */
export interface Member {
  id: string;
  username: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  enabled: boolean;
  roles?: string[];
}

/** members.MemberPage */
export interface MemberPage {
  items: Member[];
  page: number;
  size: number;
  totalItems: number;
}

/** ledger.LedgerRecord */
export interface LedgerEntry {
  sequence: number;
  recordedAt: string;
  actor: string;
  type: string;
  subject: string;
  payload?: string;
}

/** ledger.ChainVerification */
export interface ChainVerification {
  intact: boolean;
  entriesChecked: number;
  firstBrokenSequence?: number;
  reason?: string;
  headHash?: string;
}

/** ProvenanceView.Entry: a ledger entry about a work, its sources or their files. */
export interface ProvenanceEntry {
  sequence: number;
  recordedAt: string;
  actor: string;
  type: string;
  subject: string;
  /** JSON text. */
  payload?: string | null;
  /** Absent (and the sequence 0) for an event recorded but not yet sealed onto the chain. */
  entryHash?: string | null;
}

/** ProvenanceView: newest first. */
export interface Provenance {
  entries: ProvenanceEntry[];
}

/** identity.ClientConfig */
export interface ClientConfig {
  issuer: string;
  clientId: string;
  roles: string[];
}

/** ScoreFormat: the formats the archive accepts, recognised by content. */
export type FileFormat =
  | 'MUSICXML'
  | 'MXL'
  | 'MEI'
  | 'ABC'
  | 'HUMDRUM'
  | 'MARCXML'
  | 'PDF'
  | 'PNG'
  | 'JPEG'
  | 'TIFF'
  | 'FLAC'
  | 'MP3'
  | 'OGG'
  | 'WAV';

/** What ingest read from a notation file. */
export interface ExtractedMetadata {
  title?: string | null;
  composers?: string[];
  key?: string | null;
  metre?: string | null;
  instruments?: string[];
  incipit?: string | null;
}

/** FileView: a stored file of a source. */
export interface FileView {
  id: number;
  sourceId: number;
  workId: number;
  sha256: string;
  filename: string;
  format: FileFormat;
  mediaType: string;
  size: number;
  rights: string;
  /** Where in the file this work is, e.g. "X:12" in a multi-tune ABC file. */
  locator?: string | null;
  uploadedAt: string;
  uploadedBy: string;
  extracted?: ExtractedMetadata | null;
}

export type ImportState = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'INTERRUPTED';

/** ImportView: one bulk import of a zip or a server folder. */
export interface ImportView {
  id: number;
  origin: string;
  state: ImportState;
  /** Null until the files have been counted. */
  totalFiles?: number | null;
  processedFiles: number;
  imported: number;
  duplicates: number;
  merged: number;
  rejected: number;
  startedBy: string;
  createdAt: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  failure?: string | null;
}

export type ImportOutcome = 'IMPORTED' | 'DUPLICATE' | 'MERGED' | 'REJECTED';
export const IMPORT_OUTCOMES: readonly ImportOutcome[] = ['IMPORTED', 'DUPLICATE', 'MERGED', 'REJECTED'];

/** ImportItemView: what became of one file of an import. */
export interface ImportItem {
  path: string;
  outcome: ImportOutcome;
  reason?: string | null;
  fileId?: number | null;
  workIds?: number[];
}

export type FixityFailureOutcome = 'MISSING' | 'CHANGED';
export type FixityOutcome = 'OK' | FixityFailureOutcome;

/** FixitySummary.Failing: a file whose last check failed. */
export interface FixityFailure {
  fileId: number;
  filename: string;
  sha256: string;
  workId: number;
  outcome: FixityFailureOutcome;
  actualSha256?: string | null;
  checkedAt: string;
}

/** FixitySummary */
export interface FixitySummary {
  files: number;
  checked: number;
  lastCheckAt?: string | null;
  running: boolean;
  failing: FixityFailure[];
}

/** FixityCheckView: one re-hash of one stored file. */
export interface FixityCheck {
  fileId: number;
  filename: string;
  checkedAt: string;
  outcome: FixityOutcome;
  expectedSha256: string;
  actualSha256?: string | null;
}

/** search.Fragment: a piece of a field's text, and whether it matched the query. */
export interface Fragment {
  text: string;
  match: boolean;
}

/** search.Hit: a work that matched, with the matching words marked in the fields that matched. */
export interface SearchHit {
  work: WorkSummary;
  score: number;
  highlights: { title?: Fragment[]; composer?: Fragment[]; text?: Fragment[] };
}

/** search.FacetCount */
export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
}

/** The facets of a search, in the order the page shows them. */
export type FacetName = 'composer' | 'period' | 'genre' | 'instrumentation' | 'key' | 'format' | 'rights' | 'restoration' | 'ai';

/** search.SearchResponse: one page of hits (`page` counts from 0) and the facets of all of them. */
export interface SearchResponse {
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetCount[]>;
}

/** search.MelodyHit: `matchStart`–`matchEnd` (end exclusive) index the incipit's notes and rests. */
export interface MelodyHit {
  work: WorkSummary;
  /** Melodic similarity, 0 to 1. */
  score: number;
  incipit?: string | null;
  matchStart: number;
  matchEnd: number;
  /** The match needs notes an editor or a model supplied. */
  dependsOnSupplied: boolean;
}

/** search.MelodyResponse: the query as the archive read it (incipit text form), best match first. */
export interface MelodyResponse {
  query: string;
  hits: MelodyHit[];
}

/** search.Suggestion */
export interface Suggestion {
  text: string;
  kind: 'composer' | 'title' | string;
}

export interface SuggestResponse {
  suggestions: Suggestion[];
}
