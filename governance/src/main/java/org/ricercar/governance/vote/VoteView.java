package org.ricercar.governance.vote;

import java.time.Instant;

/**
 * A vote as its page shows it. While it is open, only the turnout ({@code ballotsCast}) is public;
 * {@code result} appears after the close. {@code eligible} and {@code myBallot} concern the viewer.
 */
public record VoteView(
    long id,
    long guidelineId,
    String guidelineTitle,
    int revision,
    String revisionHash,
    VoteKind kind,
    VoteState state,
    Instant opensAt,
    Instant closesAt,
    int quorum,
    Threshold threshold,
    BallotListKind ballotList,
    int electorate,
    long ballotsCast,
    boolean eligible,
    BallotReceipt myBallot,
    Result result) {

  /**
   * The closed vote's result with the arithmetic that decided it.
   *
   * @param quorumBallots the ballots the quorum needed
   * @param listHash SHA-256 of the published ballot list (its CSV form)
   */
  public record Result(
      long yes,
      long no,
      long abstain,
      long ballots,
      long quorumBallots,
      boolean quorumMet,
      boolean thresholdMet,
      Outcome outcome,
      String listHash,
      Instant closedAt) {}
}
