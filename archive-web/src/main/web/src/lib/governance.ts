/**
 * The governance API's shapes (docs/api.md, "Governance") and the words the pages use for them:
 * guideline states, the UNESCO principles and policy areas, vote rules and outcomes.
 */

export type GuidelineState = 'draft' | 'frozen' | 'adopted' | 'rejected' | 'repealed';
export const GUIDELINE_STATES: readonly GuidelineState[] = ['draft', 'frozen', 'adopted', 'rejected', 'repealed'];

/** A clause key is opaque: sent back as it came, never computed. */
export type ClauseKey = string | number;

export interface FrameworkClause {
  guidelineId: number;
  guidelineTitle: string;
  state: GuidelineState;
  revision: number;
  clauseKey: ClauseKey;
  number: number;
  text: string;
}

export interface Principle {
  code: string;
  position: number;
  name: string;
  clauses?: FrameworkClause[];
}

export interface Framework {
  values: { position: number; name: string }[];
  principles: Principle[];
  policyAreas: { number: number; name: string }[];
}

/** GuidelineSummary, an entry of `GET /guidelines`. */
export interface GuidelineSummary {
  id: number;
  title: string;
  state: GuidelineState;
  revision: number;
  author: string;
  updatedAt?: string;
  inForceRevision?: number | null;
  openVoteId?: number | null;
}

export interface Clause {
  key: ClauseKey;
  number: number;
  text: string;
  principles: string[];
  policyArea?: number | null;
  rule?: unknown;
}

export interface Frozen {
  hash: string;
  frozenAt: string;
  frozenBy: string;
}

export interface Revision {
  number: number;
  title: string;
  purpose?: string | null;
  author: string;
  note?: string | null;
  createdAt: string;
  creditedTo?: string | null;
  amendmentId?: number | null;
  clauses: Clause[];
  frozen?: Frozen | null;
}

export interface RevisionLine {
  number: number;
  author: string;
  note?: string | null;
  createdAt: string;
  frozen?: boolean;
  hash?: string | null;
}

export type VoteKind = 'adopt' | 'repeal';
/** `scheduled`: created with an `opensAt` in the future; it opens by itself then. */
export type VoteState = 'scheduled' | 'open' | 'closed';
export type Outcome = 'adopted' | 'rejected' | 'no-quorum';
export type Threshold = 'simple' | 'two-thirds';
export type BallotListKind = 'pseudonymous' | 'named';
export type Choice = 'yes' | 'no' | 'abstain';
export const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];

export interface VoteLine {
  id: number;
  kind: VoteKind;
  state: VoteState;
  outcome?: Outcome | null;
  opensAt?: string | null;
  closesAt: string;
}

export interface Guideline {
  id: number;
  title: string;
  state: GuidelineState;
  author: string;
  createdAt: string;
  updatedAt?: string;
  current: Revision;
  inForce?: { revision: number; adoptedAt: string; voteId?: number | null } | null;
  revisions?: RevisionLine[];
  votes?: VoteLine[];
  openVoteId?: number | null;
  canEdit?: boolean;
  /** Not in the contract, but the ETag's version when a proxy drops the header. */
  version?: number;
}

export interface GuidelineDraftClause {
  key?: ClauseKey;
  text: string;
  principles: string[];
  policyArea?: number | null;
  rule?: unknown;
}

export interface GuidelineDraft {
  title: string;
  purpose: string | null;
  clauses: GuidelineDraftClause[];
  note?: string | null;
}

export interface Comment {
  id: number;
  clauseKey: ClauseKey;
  revision: number;
  parentId?: number | null;
  author: string;
  body: string;
  createdAt: string;
}

export type AmendmentState = 'proposed' | 'accepted' | 'rejected';

export interface Amendment {
  id: number;
  clauseKey: ClauseKey;
  revision: number;
  text: string;
  rationale: string;
  proposer: string;
  state: AmendmentState;
  decidedBy?: string | null;
  decidedAt?: string | null;
  reason?: string | null;
  resultingRevision?: number | null;
}

export type WordOp = 'same' | 'added' | 'removed';
export interface Word {
  op: WordOp;
  text: string;
}

export type ClauseChange = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ClauseDiff {
  key: ClauseKey;
  change: ClauseChange;
  fromNumber?: number | null;
  toNumber?: number | null;
  words: Word[];
  principlesAdded?: string[];
  principlesRemoved?: string[];
}

export interface GuidelineDiff {
  from: number;
  to: number;
  title: Word[];
  purpose: Word[];
  clauses: ClauseDiff[];
}

export interface MyBallot {
  choice: Choice;
  receipt: string;
  castAt: string;
}

export interface VoteResult {
  yes: number;
  no: number;
  abstain: number;
  ballots: number;
  quorumBallots: number;
  quorumMet: boolean;
  thresholdMet: boolean;
  outcome: Outcome;
  listHash: string;
  closedAt: string;
}

export interface Vote {
  id: number;
  guidelineId: number;
  guidelineTitle: string;
  revision: number;
  revisionHash: string;
  kind: VoteKind;
  state: VoteState;
  opensAt: string;
  closesAt: string;
  quorum: number;
  threshold: Threshold;
  ballotList: BallotListKind;
  electorate: number;
  ballotsCast: number;
  eligible?: boolean;
  myBallot?: MyBallot | null;
  result?: VoteResult | null;
}

export interface VoteRules {
  guidelineId: number;
  kind: VoteKind;
  /** Absent (or not in the future): the vote opens at once; otherwise it is scheduled. */
  opensAt?: string;
  closesAt: string;
  quorum: number;
  threshold: Threshold;
  ballotList: BallotListKind;
}

export interface CastBallot extends MyBallot {
  replaced: boolean;
}

export interface BallotLine {
  voter: string;
  choice: Choice;
  receipt: string;
}

export interface BallotList {
  voteId: number;
  listHash: string;
  ballots: BallotLine[];
}

export interface Recount {
  yes: number;
  no: number;
  abstain: number;
  ballots: number;
  outcome: Outcome;
  matchesResult: boolean;
}

/** The principles as the Recommendation names them, for when the framework has not loaded. */
export const PRINCIPLE_NAMES: Readonly<Record<string, string>> = {
  proportionality: 'Proportionality and Do No Harm',
  safety: 'Safety and security',
  fairness: 'Fairness and non-discrimination',
  sustainability: 'Sustainability',
  privacy: 'Right to Privacy, and Data Protection',
  'human-oversight': 'Human oversight and determination',
  transparency: 'Transparency and explainability',
  responsibility: 'Responsibility and accountability',
  awareness: 'Awareness and literacy',
  governance: 'Multi-stakeholder and adaptive governance and collaboration',
};

export const POLICY_AREA_NAMES: readonly string[] = [
  'Ethical Impact Assessment',
  'Ethical Governance and Stewardship',
  'Data Policy',
  'Development and International Cooperation',
  'Environment and Ecosystems',
  'Gender',
  'Culture',
  'Education and Research',
  'Communication and Information',
  'Economy and Labour',
  'Health and Social Well-being',
];

export const STATE_WORDS: Record<GuidelineState, string> = {
  draft: 'Draft',
  frozen: 'Frozen',
  adopted: 'Adopted',
  rejected: 'Rejected',
  repealed: 'Repealed',
};

/** A vote's state as its badge says it. */
export const VOTE_STATE_WORDS: Record<VoteState, string> = { scheduled: 'Scheduled', open: 'Voting open', closed: 'Closed' };

/** "opens", "closes", "closed": the verb before a vote's next (or last) instant in a list. */
export function voteTimeWord(state: VoteState): string {
  return state === 'scheduled' ? 'opens' : state === 'open' ? 'closes' : 'closed';
}

/** The instant a list shows for a vote: when it opens while scheduled, else when it closes (or closed). */
export function voteTime(vote: { state: VoteState; opensAt?: string | null; closesAt: string }): string {
  return vote.state === 'scheduled' && vote.opensAt ? vote.opensAt : vote.closesAt;
}

export const CHOICE_WORDS: Record<Choice, string> = { yes: 'Yes', no: 'No', abstain: 'Abstain' };

export const THRESHOLD_WORDS: Record<Threshold, string> = {
  simple: 'Simple majority (more yes than no)',
  'two-thirds': 'Two-thirds majority (yes at least two thirds of yes + no)',
};

export const BALLOT_LIST_WORDS: Record<BallotListKind, string> = {
  pseudonymous: 'Pseudonymous (each voter under a pseudonym)',
  named: 'Named (each voter under their name)',
};

/** A principle's name: the framework's when known, else the Recommendation's, else the code. */
export function principleName(code: string, framework?: Framework | null): string {
  return framework?.principles.find((principle) => principle.code === code)?.name ?? PRINCIPLE_NAMES[code] ?? code;
}

/** "3 Data Policy". */
export function policyAreaName(area: number | null | undefined, framework?: Framework | null): string {
  if (!area) return '';
  const name = framework?.policyAreas.find((candidate) => candidate.number === area)?.name ?? POLICY_AREA_NAMES[area - 1];
  return name ? `${area} ${name}` : String(area);
}

/** The outcome of a vote in words; a repeal that passes repeals the guideline. */
export function outcomeWords(outcome: Outcome, kind: VoteKind = 'adopt'): string {
  if (outcome === 'no-quorum') return 'Failed for lack of quorum';
  if (outcome === 'adopted') return kind === 'repeal' ? 'Adopted: the guideline is repealed' : 'Adopted';
  return kind === 'repeal' ? 'Rejected: the guideline stays in force' : 'Rejected';
}

/** A clause key as a piece of an element id (`clause-<key>`), whatever characters the key has. */
export function keyId(key: ClauseKey): string {
  return String(key).replace(/[^A-Za-z0-9_-]/g, '-');
}

/** Whether two clause keys name the same clause (a key may arrive as a number or a string). */
export function sameKey(a: ClauseKey, b: ClauseKey): boolean {
  return String(a) === String(b);
}

let skeleton: Promise<Framework> | null = null;

/**
 * The framework's names (principles, policy areas), loaded once per page load: forms and tags need
 * only the names, which never change. The framework page loads it afresh for the clauses.
 */
export function frameworkNames(load: () => Promise<Framework>): Promise<Framework> {
  skeleton ??= load().catch((error: unknown) => {
    skeleton = null;
    throw error;
  });
  return skeleton;
}

/** Fields whose values are enum codes: `state`, `choice`, `op`, a principle's `code`… */
const ENUM_FIELDS = new Set(['state', 'kind', 'outcome', 'threshold', 'ballotList', 'choice', 'op', 'change', 'code']);
const ENUM_LISTS = new Set(['principles', 'principlesAdded', 'principlesRemoved']);

/** An enum code as the contract writes it: `TWO_THIRDS` → `two-thirds`, `NO_QUORUM` → `no-quorum`. */
export function enumCode(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

/**
 * A governance answer with its enum codes in the contract's form (lower case, hyphens), whether
 * the server wrote `DRAFT`, `TWO_THIRDS` or already `draft`, `two-thirds`. Other strings (titles,
 * texts, receipts, hashes) are left exactly as they are.
 */
export function normaliseCodes<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(walk);
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
    if (ENUM_FIELDS.has(name) && typeof field === 'string') result[name] = enumCode(field);
    else if (ENUM_LISTS.has(name) && Array.isArray(field)) result[name] = field.map((item) => (typeof item === 'string' ? enumCode(item) : item));
    else result[name] = walk(field);
  }
  return result;
}
