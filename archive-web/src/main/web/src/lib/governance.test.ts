import { describe, expect, it } from 'vitest';
import { enumCode, keyId, normaliseCodes, outcomeWords, policyAreaName, principleName, VOTE_STATE_WORDS, voteTime, voteTimeWord } from './governance';

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

describe('vote states', () => {
  it('normalises a scheduled vote\'s state', () => {
    expect(normaliseCodes({ state: 'SCHEDULED', opensAt: '2025-06-02T09:00:00Z' })).toEqual({ state: 'scheduled', opensAt: '2025-06-02T09:00:00Z' });
  });
  it('words each state for its badge', () => {
    expect(VOTE_STATE_WORDS).toEqual({ scheduled: 'Scheduled', open: 'Voting open', closed: 'Closed' });
  });
  it('lists a scheduled vote by its opening time, others by their closing time', () => {
    const opensAt = '2025-06-02T09:00:00Z';
    const closesAt = '2025-06-09T09:00:00Z';
    expect([voteTimeWord('scheduled'), voteTime({ state: 'scheduled', opensAt, closesAt })]).toEqual(['opens', opensAt]);
    expect([voteTimeWord('open'), voteTime({ state: 'open', opensAt, closesAt })]).toEqual(['closes', closesAt]);
    expect([voteTimeWord('closed'), voteTime({ state: 'closed', opensAt, closesAt })]).toEqual(['closed', closesAt]);
    expect(voteTime({ state: 'scheduled', closesAt })).toBe(closesAt);
  });
});
