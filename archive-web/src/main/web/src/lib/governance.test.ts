import { describe, expect, it } from 'vitest';
import { enumCode, keyId, normaliseCodes, outcomeWords, policyAreaName, principleName } from './governance';

describe('normaliseCodes', () => {
  it('writes enum codes as the contract does, whatever case the server used', () => {
    const vote = normaliseCodes({
      state: 'OPEN',
      kind: 'ADOPT',
      threshold: 'TWO_THIRDS',
      ballotList: 'PSEUDONYMOUS',
      myBallot: { choice: 'YES', receipt: 'Ab-Cd' },
      result: { outcome: 'NO_QUORUM', listHash: 'ABCDEF' },
      guidelineTitle: 'KEEP Case',
    });
    expect(vote).toEqual({
      state: 'open',
      kind: 'adopt',
      threshold: 'two-thirds',
      ballotList: 'pseudonymous',
      myBallot: { choice: 'yes', receipt: 'Ab-Cd' },
      result: { outcome: 'no-quorum', listHash: 'ABCDEF' },
      guidelineTitle: 'KEEP Case',
    });
  });

  it('normalises principle codes in clauses and diffs, and word operations', () => {
    const diff = normaliseCodes({ clauses: [{ change: 'CHANGED', principlesAdded: ['HUMAN_OVERSIGHT'], words: [{ op: 'SAME', text: 'Text' }] }] });
    expect(diff).toEqual({ clauses: [{ change: 'changed', principlesAdded: ['human-oversight'], words: [{ op: 'same', text: 'Text' }] }] });
    expect(normaliseCodes([{ code: 'privacy', name: 'Right to Privacy' }])).toEqual([{ code: 'privacy', name: 'Right to Privacy' }]);
    expect(enumCode('two-thirds')).toBe('two-thirds');
  });
});

describe('names', () => {
  it('names principles, policy areas and outcomes', () => {
    expect(principleName('human-oversight')).toBe('Human oversight and determination');
    expect(principleName('unknown')).toBe('unknown');
    expect(policyAreaName(3)).toBe('3 Data Policy');
    expect(policyAreaName(null)).toBe('');
    expect(outcomeWords('no-quorum')).toBe('Failed for lack of quorum');
    expect(outcomeWords('adopted', 'repeal')).toBe('Adopted: the guideline is repealed');
    expect(keyId('a b/c')).toBe('a-b-c');
  });
});
