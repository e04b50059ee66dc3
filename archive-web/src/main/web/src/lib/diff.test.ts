import { describe, expect, it } from 'vitest';
import { clauseChangeHeading, diffSummary, hasChanges, sideText, toRuns, wordDiff } from './diff';
import type { Word } from './governance';

const w = (op: Word['op'], text: string): Word => ({ op, text });

describe('toRuns', () => {
  it('merges words with the same operation and keeps the spaces outside the changes', () => {
    const runs = toRuns([w('same', 'Models'), w('removed', 'may'), w('removed', 'perhaps'), w('added', 'must'), w('same', 'disclose'), w('same', 'it'), w('same', '.')]);
    expect(runs).toEqual([
      { op: 'same', text: 'Models', spaceBefore: false },
      { op: 'removed', text: 'may perhaps', spaceBefore: true },
      { op: 'added', text: 'must', spaceBefore: true },
      { op: 'same', text: 'disclose it.', spaceBefore: true },
    ]);
  });

  it('joins punctuation to the word before it', () => {
    expect(toRuns([w('same', 'one'), w('same', ','), w('same', '('), w('same', 'two'), w('same', ')')])[0].text).toBe('one, (two)');
  });

  it('leaves words that carry their own spaces as they are', () => {
    expect(toRuns([w('same', 'one '), w('added', 'two')])).toEqual([
      { op: 'same', text: 'one ', spaceBefore: false },
      { op: 'added', text: 'two', spaceBefore: false },
    ]);
  });
});

describe('sideText', () => {
  const words = [w('same', 'a'), w('removed', 'b'), w('added', 'c'), w('same', 'd')];
  it('reads either side of the difference', () => {
    expect(sideText(words, 'before')).toBe('a b d');
    expect(sideText(words, 'after')).toBe('a c d');
    expect(hasChanges(words)).toBe(true);
    expect(hasChanges([w('same', 'a')])).toBe(false);
  });
});

describe('wordDiff', () => {
  it('finds the words removed and added', () => {
    expect(wordDiff('Members may review the text', 'Members must review the whole text')).toEqual([
      w('same', 'Members'),
      w('removed', 'may'),
      w('added', 'must'),
      w('same', 'review'),
      w('same', 'the'),
      w('added', 'whole'),
      w('same', 'text'),
    ]);
  });

  it('handles empty texts', () => {
    expect(wordDiff('', 'new words')).toEqual([w('added', 'new'), w('added', 'words')]);
    expect(wordDiff('old', '')).toEqual([w('removed', 'old')]);
    expect(wordDiff('same text', 'same   text')).toEqual([w('same', 'same'), w('same', 'text')]);
  });
});

describe('clause headings and the summary', () => {
  it('names each clause by its numbers', () => {
    expect(clauseChangeHeading({ change: 'added', fromNumber: null, toNumber: 3 })).toBe('Clause 3: added');
    expect(clauseChangeHeading({ change: 'removed', fromNumber: 2, toNumber: null })).toBe('Clause 2: removed');
    expect(clauseChangeHeading({ change: 'changed', fromNumber: 2, toNumber: 3 })).toBe('Clause 2 (now 3): changed');
    expect(clauseChangeHeading({ change: 'unchanged', fromNumber: 1, toNumber: 1 })).toBe('Clause 1: unchanged');
    expect(clauseChangeHeading({ change: 'unchanged', fromNumber: 1, toNumber: 2 })).toBe('Clause 1 (now 2): moved');
  });

  it('counts the changes', () => {
    expect(
      diffSummary(
        [
          { change: 'changed', fromNumber: 1, toNumber: 1 },
          { change: 'added', fromNumber: null, toNumber: 2 },
          { change: 'unchanged', fromNumber: 2, toNumber: 3 },
        ],
        false,
      ),
    ).toBe('1 clause changed, 1 added, 1 moved.');
    expect(diffSummary([{ change: 'unchanged', fromNumber: 1, toNumber: 1 }], false)).toBe('No differences.');
    expect(diffSummary([], true)).toBe('Only the title or purpose changed.');
  });
});
