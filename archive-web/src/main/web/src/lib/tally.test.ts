import { describe, expect, it } from 'vitest';
import { countBallots, outcomeOf, percent, quorumNeeded, quorumText, sameCount, thresholdMet, thresholdText, twoThirdsNeeded } from './tally';

describe('quorum', () => {
  it('needs the percentage of the electorate, rounded up', () => {
    expect(quorumNeeded(20, 50)).toBe(10);
    expect(quorumNeeded(21, 50)).toBe(11);
    expect(quorumNeeded(3, 33)).toBe(1);
    expect(quorumNeeded(7, 0)).toBe(0);
    expect(quorumNeeded(7, 100)).toBe(7);
  });

  it('spells out the arithmetic', () => {
    expect(quorumText(12, 20, 50)).toBe('12 of 20 members voted; the quorum of 50 % needed 10, so it was met.');
    expect(quorumText(3, 20, 50)).toBe('3 of 20 members voted; the quorum of 50 % needed 10, so it was not met.');
    expect(quorumText(1, 1, 50)).toBe('1 of 1 member voted; the quorum of 50 % needed 1, so it was met.');
  });

  it('uses the number the server published when given', () => {
    expect(quorumText(9, 20, 50, 9)).toContain('needed 9, so it was met');
  });
});

describe('threshold', () => {
  it('reads a simple majority as more yes than no', () => {
    expect(thresholdMet(8, 2, 'simple')).toBe(true);
    expect(thresholdMet(5, 5, 'simple')).toBe(false);
    expect(thresholdText(8, 2, 'simple')).toBe('yes 8 of yes + no 10 = 80 %; a simple majority needs more yes than no, so it was met.');
  });

  it('reads two thirds as yes at least two thirds of yes + no', () => {
    expect(twoThirdsNeeded(10)).toBe(7);
    expect(twoThirdsNeeded(9)).toBe(6);
    expect(thresholdMet(6, 3, 'two-thirds')).toBe(true);
    expect(thresholdMet(6, 4, 'two-thirds')).toBe(false);
    expect(thresholdText(6, 4, 'two-thirds')).toBe(
      'yes 6 of yes + no 10 = 60 %; a two-thirds majority needs yes to be at least two thirds of yes + no (7 of 10), so it was not met.',
    );
  });

  it('says so when nobody voted yes or no', () => {
    expect(thresholdText(0, 0, 'simple')).toBe('no ballot said yes or no; a simple majority needs more yes than no, so it was not met.');
    expect(thresholdMet(0, 0, 'two-thirds')).toBe(false);
  });

  it('writes percentages with one decimal at most', () => {
    expect(percent(200 / 3)).toBe('66.7 %');
    expect(percent(50)).toBe('50 %');
  });
});

describe('outcomeOf', () => {
  it('fails without quorum, whatever the choices', () => {
    expect(outcomeOf(2, 3, 2, 0, 'simple')).toBe('no-quorum');
    expect(outcomeOf(3, 3, 2, 1, 'simple')).toBe('adopted');
    expect(outcomeOf(3, 3, 1, 1, 'simple')).toBe('rejected');
  });
});

describe('countBallots', () => {
  it('counts the published list', () => {
    const count = countBallots([{ choice: 'yes' }, { choice: 'no' }, { choice: 'yes' }, { choice: 'abstain' }]);
    expect(count).toEqual({ yes: 2, no: 1, abstain: 1, ballots: 4 });
    expect(sameCount(count, { yes: 2, no: 1, abstain: 1, ballots: 4 })).toBe(true);
    expect(sameCount(count, { yes: 3, no: 0, abstain: 1, ballots: 4 })).toBe(false);
  });
});
