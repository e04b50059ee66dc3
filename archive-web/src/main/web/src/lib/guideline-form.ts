import type { ClauseKey, GuidelineDraft, Revision } from './governance';
import { sentence, type FieldError } from './problem';

/**
 * The guideline form's state and the request it becomes. Clauses carry a local id (`uid`) that
 * survives reordering, so errors the API reports by position (`clauses[2].text`) stay with the
 * clause they were about after the clauses are moved.
 */

export interface ClauseForm {
  uid: number;
  /** The key of an existing clause (sent back so its comments and amendments follow it). */
  key?: ClauseKey;
  text: string;
  principles: string[];
  /** "" or "1"…"11". */
  policyArea: string;
  /** The clause's machine-checkable rule, kept as it is: this form does not edit it. */
  rule?: unknown;
}

export interface GuidelineForm {
  title: string;
  purpose: string;
  note: string;
  clauses: ClauseForm[];
}

let nextUid = 1;

export function newClause(): ClauseForm {
  return { uid: nextUid++, text: '', principles: [], policyArea: '' };
}

export function emptyGuidelineForm(): GuidelineForm {
  return { title: '', purpose: '', note: '', clauses: [newClause()] };
}

/** The form for editing a guideline, from its current revision (the note starts empty). */
export function formOfRevision(revision: Revision): GuidelineForm {
  return {
    title: revision.title ?? '',
    purpose: revision.purpose ?? '',
    note: '',
    clauses: [...revision.clauses]
      .sort((a, b) => a.number - b.number)
      .map((clause) => ({
        uid: nextUid++,
        key: clause.key,
        text: clause.text,
        principles: [...(clause.principles ?? [])],
        policyArea: clause.policyArea ? String(clause.policyArea) : '',
        rule: clause.rule ?? undefined,
      })),
  };
}

/** The GuidelineDraft to send; `withNote` for a new revision of an existing guideline. */
export function draftOf(form: GuidelineForm, withNote: boolean): GuidelineDraft {
  const draft: GuidelineDraft = {
    title: form.title.trim(),
    purpose: form.purpose.trim() || null,
    clauses: form.clauses.map((clause) => {
      const body: GuidelineDraft['clauses'][number] = {
        text: clause.text.trim(),
        principles: clause.principles,
        policyArea: clause.policyArea ? Number(clause.policyArea) : null,
      };
      if (clause.key !== undefined) body.key = clause.key;
      if (clause.rule !== undefined && clause.rule !== null) body.rule = clause.rule;
      return body;
    }),
  };
  if (withNote) draft.note = form.note.trim() || null;
  return draft;
}

/** The clauses with the one at `index` moved by `offset` places. */
export function moveClause<T>(clauses: readonly T[], index: number, offset: number): T[] {
  const to = index + offset;
  if (to < 0 || to >= clauses.length) return [...clauses];
  const next = [...clauses];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved);
  return next;
}

export type ClausePart = 'text' | 'principles' | 'policyArea' | 'clause';

export interface GuidelineErrors {
  /** Errors on the guideline's own fields: `title`, `purpose`, `note`, `clauses` (the list as a whole). */
  fields: Record<string, string>;
  /** Errors on a clause, by the clause's uid and part. */
  clauses: Record<number, Partial<Record<ClausePart, string>>>;
  /** Every error in form order, for the summary: what it is about, its message, where to go. */
  summary: { label: string; message: string; target: string }[];
}

/** The id of a control on the guideline form, for labels, errors and the summary's links. */
export function controlId(field: string, index?: number, part?: ClausePart): string {
  if (index === undefined) return `field-${field}`;
  return part && part !== 'clause' ? `field-clauses-${index}-${part}` : `clause-${index}`;
}

const FIELD_LABELS: Record<string, string> = { title: 'Title', purpose: 'Purpose', note: 'Edit note', clauses: 'Clauses' };
const PART_LABELS: Record<ClausePart, string> = { text: 'text', principles: 'principles', policyArea: 'policy area', clause: '' };

/**
 * The API's field errors (`title`, `clauses`, `clauses[2].text`, `clauses[0].principles[1]`,
 * `clauses[1].rule`) placed on the form as it was sent.
 */
export function placeErrors(errors: readonly FieldError[] | undefined, sent: GuidelineForm): GuidelineErrors {
  const result: GuidelineErrors = { fields: {}, clauses: {}, summary: [] };
  const add = (target: Record<string, string>, name: string, message: string) => {
    target[name] = target[name] ? `${target[name]} ${message}` : message;
  };
  const ordered: { rank: number; label: string; message: string; target: string }[] = [];
  for (const error of errors ?? []) {
    const message = sentence(error.message);
    const match = /^clauses\[(\d+)\](?:\.(\w+))?/.exec(error.field);
    const clause = match ? sent.clauses[Number(match[1])] : undefined;
    if (match && clause) {
      const index = Number(match[1]);
      const part: ClausePart = match[2] === 'text' || match[2] === 'principles' || match[2] === 'policyArea' ? match[2] : 'clause';
      add((result.clauses[clause.uid] ??= {}) as Record<string, string>, part, message);
      const label = `Clause ${index + 1}${PART_LABELS[part] ? ` ${PART_LABELS[part]}` : ''}`;
      ordered.push({ rank: 10 + index, label, message, target: controlId('clauses', index, part) });
    } else {
      const field = error.field in FIELD_LABELS ? error.field : error.field.startsWith('clauses') ? 'clauses' : '';
      if (!field) {
        ordered.push({ rank: 1000, label: error.field || 'Guideline', message, target: controlId('title') });
        continue;
      }
      add(result.fields, field, message);
      const rank = { title: 0, purpose: 1, clauses: 2, note: 5000 }[field] ?? 1000;
      ordered.push({ rank, label: FIELD_LABELS[field], message, target: controlId(field) });
    }
  }
  result.summary = ordered.sort((a, b) => a.rank - b.rank).map(({ label, message, target }) => ({ label, message, target }));
  return result;
}
