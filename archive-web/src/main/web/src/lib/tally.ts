import type { BallotLine, Outcome, Threshold } from './governance';

/**
 * The arithmetic behind a vote's result, spelt out so that anyone can follow (and redo) it:
 * the quorum, the threshold, and a count of the published ballot list.
 */

/** A percentage as people write it: "80 %", "66.7 %", "50 %". */
export function percent(value: number): string {
  if (!Number.isFinite(value)) return '0 %';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded.toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`;
}

/** The ballots a quorum needs: the quorum percentage of the electorate, rounded up. */
export function quorumNeeded(electorate: number, quorumPercent: number): number {
  // Integer arithmetic first: 50 % of 20 must be exactly 10, never 10.000000001 rounded up to 11.
  return Math.max(0, Math.ceil((electorate * quorumPercent) / 100 - 1e-9));
}

function members(n: number): string {
  return `${n} ${n === 1 ? 'member' : 'members'}`;
}

/**
 * "12 of 20 members voted; the quorum of 50 % needed 10, so it was met." Abstentions count
 * towards the quorum.
 */
export function quorumText(ballots: number, electorate: number, quorumPercent: number, needed = quorumNeeded(electorate, quorumPercent)): string {
  const met = ballots >= needed;
  const voted = `${ballots} of ${members(electorate)} voted`;
  return `${voted}; the quorum of ${percent(quorumPercent)} needed ${needed}, so it was ${met ? 'met' : 'not met'}.`;
}

/** The yes votes a two-thirds majority of `decisive` (yes + no) ballots needs. */
export function twoThirdsNeeded(decisive: number): number {
  return Math.ceil((2 * decisive) / 3);
}

/** Whether yes and no meet the threshold (abstentions are left out of it). */
export function thresholdMet(yes: number, no: number, threshold: Threshold): boolean {
  if (threshold === 'simple') return yes > no;
  return yes + no > 0 && 3 * yes >= 2 * (yes + no);
}

/**
 * "yes 8 of yes + no 10 = 80 %; a simple majority needs more yes than no, so it was met."
 */
export function thresholdText(yes: number, no: number, threshold: Threshold): string {
  const decisive = yes + no;
  const share = decisive ? `yes ${yes} of yes + no ${decisive} = ${percent((100 * yes) / decisive)}` : 'no ballot said yes or no';
  const rule =
    threshold === 'simple'
      ? 'a simple majority needs more yes than no'
      : `a two-thirds majority needs yes to be at least two thirds of yes + no${decisive ? ` (${twoThirdsNeeded(decisive)} of ${decisive})` : ''}`;
  return `${share}; ${rule}, so it was ${thresholdMet(yes, no, threshold) ? 'met' : 'not met'}.`;
}

/** The outcome that the counts give: no quorum, else the threshold decides. */
export function outcomeOf(ballots: number, needed: number, yes: number, no: number, threshold: Threshold): Outcome {
  if (ballots < needed) return 'no-quorum';
  return thresholdMet(yes, no, threshold) ? 'adopted' : 'rejected';
}

export interface Count {
  yes: number;
  no: number;
  abstain: number;
  ballots: number;
}

/** The tally of a ballot list, counted here in the browser. */
export function countBallots(ballots: readonly Pick<BallotLine, 'choice'>[]): Count {
  const count: Count = { yes: 0, no: 0, abstain: 0, ballots: ballots.length };
  for (const ballot of ballots) {
    if (ballot.choice === 'yes' || ballot.choice === 'no' || ballot.choice === 'abstain') count[ballot.choice]++;
  }
  return count;
}

/** Whether two tallies agree on every number. */
export function sameCount(a: Count, b: Count): boolean {
  return a.yes === b.yes && a.no === b.no && a.abstain === b.abstain && a.ballots === b.ballots;
}
