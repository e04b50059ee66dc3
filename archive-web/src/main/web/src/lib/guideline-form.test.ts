import { describe, expect, it } from 'vitest';
import type { Revision } from './governance';
import { draftOf, emptyGuidelineForm, formOfRevision, moveClause, newClause, placeErrors } from './guideline-form';

const revision: Revision = {
  number: 3,
  title: 'Disclosure of supplied notes',
  purpose: 'Readers must know what a model wrote.',
  author: 'ada',
  createdAt: '2025-06-01T12:00:00Z',
  clauses: [
    { key: 'k2', number: 2, text: 'Second.', principles: ['safety'], policyArea: null },
    { key: 'k1', number: 1, text: 'First.', principles: ['transparency', 'responsibility'], policyArea: 7, rule: { kind: 'disclose' } },
  ],
};

describe('the guideline form', () => {
  it('starts with one empty clause', () => {
    const form = emptyGuidelineForm();
    expect(form.clauses).toHaveLength(1);
    expect(form.clauses[0].text).toBe('');
  });

  it('reads a revision in clause order, keeping keys and rules', () => {
    const form = formOfRevision(revision);
    expect(form.clauses.map((clause) => clause.key)).toEqual(['k1', 'k2']);
    expect(form.clauses[0].policyArea).toBe('7');
    expect(form.clauses[1].policyArea).toBe('');
    expect(form.clauses[0].uid).not.toBe(form.clauses[1].uid);
  });

  it('sends keys of existing clauses, rules unchanged, new clauses without a key', () => {
    const form = formOfRevision(revision);
    form.clauses.push({ ...newClause(), text: ' Third. ', principles: ['privacy'], policyArea: '3' });
    form.note = ' Added a clause ';
    const draft = draftOf(form, true);
    expect(draft).toEqual({
      title: 'Disclosure of supplied notes',
      purpose: 'Readers must know what a model wrote.',
      note: 'Added a clause',
      clauses: [
        { key: 'k1', text: 'First.', principles: ['transparency', 'responsibility'], policyArea: 7, rule: { kind: 'disclose' } },
        { key: 'k2', text: 'Second.', principles: ['safety'], policyArea: null },
        { text: 'Third.', principles: ['privacy'], policyArea: 3 },
      ],
    });
    expect('note' in draftOf(form, false)).toBe(false);
  });

  it('moves a clause up or down, and nowhere past the ends', () => {
    expect(moveClause(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveClause(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveClause(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('placeErrors', () => {
  it('puts each error next to its field, by the clause it was about', () => {
    const form = formOfRevision(revision);
    const [first, second] = form.clauses;
    const placed = placeErrors(
      [
        { field: 'clauses[1].text', message: 'a clause needs text' },
        { field: 'title', message: 'a title is required' },
        { field: 'clauses[0].principles', message: 'at least one principle' },
        { field: 'clauses[0].principles[1]', message: 'unknown principle "x"' },
        { field: 'clauses[1].policyArea', message: 'between 1 and 11' },
        { field: 'clauses', message: 'at most 100 clauses' },
        { field: 'clauses[9].text', message: 'out of range' },
      ],
      form,
    );
    expect(placed.fields).toEqual({ title: 'A title is required.', clauses: 'At most 100 clauses. Out of range.' });
    expect(placed.clauses[second.uid]).toEqual({ text: 'A clause needs text.', policyArea: 'Between 1 and 11.' });
    expect(placed.clauses[first.uid]).toEqual({ principles: 'At least one principle. Unknown principle "x".' });
    expect(placed.summary.map((entry) => `${entry.label} → ${entry.target}`)).toEqual([
      'Title → field-title',
      'Clauses → field-clauses',
      'Clauses → field-clauses',
      'Clause 1 principles → field-clauses-0-principles',
      'Clause 1 principles → field-clauses-0-principles',
      'Clause 2 text → field-clauses-1-text',
      'Clause 2 policy area → field-clauses-1-policyArea',
    ]);
  });
});
