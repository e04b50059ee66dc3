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

/** identity.ClientConfig */
export interface ClientConfig {
  issuer: string;
  clientId: string;
  roles: string[];
}
