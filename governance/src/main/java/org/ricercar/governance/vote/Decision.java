package org.ricercar.governance.vote;

/**
 * The arithmetic that decides a vote, with the numbers it used, so the result page can show it and
 * anyone can redo it.
 *
 * @param quorumBallots ballots the quorum needed: the quorum share of the electorate, rounded up
 * @param quorumMet whether at least that many ballots were cast (abstentions count); never when the
 *     electorate was empty
 * @param thresholdMet whether the yes ballots reached the threshold among yes and no
 */
public record Decision(
    Tally tally,
    int electorate,
    long quorumBallots,
    boolean quorumMet,
    boolean thresholdMet,
    Outcome outcome) {

  public static Decision of(Tally tally, int electorate, int quorumPercent, Threshold threshold) {
    long needed = (electorate * (long) quorumPercent + 99) / 100;
    // A vote nobody could take part in (it never opened, or nobody was a member) decides nothing.
    boolean quorumMet = electorate > 0 && tally.ballots() >= needed;
    boolean thresholdMet = threshold.reached(tally.yes(), tally.no());
    Outcome outcome =
        !quorumMet ? Outcome.NO_QUORUM : thresholdMet ? Outcome.ADOPTED : Outcome.REJECTED;
    return new Decision(tally, electorate, needed, quorumMet, thresholdMet, outcome);
  }
}
