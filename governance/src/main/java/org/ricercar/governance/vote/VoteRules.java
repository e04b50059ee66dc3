package org.ricercar.governance.vote;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;

/**
 * The rules a steward sets when opening a vote.
 *
 * @param guidelineId the guideline voted on (its frozen revision, or for a repeal the version in
 *     force)
 * @param kind adopt (the default) or repeal
 * @param opensAt when the vote opens (and its electorate is fixed); absent: at once
 * @param closesAt when the vote closes
 * @param quorum the percentage of the electorate that must cast a ballot (abstentions count)
 * @param threshold simple majority (the default) or two thirds of yes + no
 * @param ballotList whether the published ballot list is pseudonymous (the default) or named
 */
public record VoteRules(
    @NotNull(message = "say which guideline") @Positive Long guidelineId,
    VoteKind kind,
    Instant opensAt,
    @NotNull(message = "set the closing time") Instant closesAt,
    @Min(0) @Max(100) Integer quorum,
    Threshold threshold,
    BallotListKind ballotList) {

  public VoteRules {
    kind = kind == null ? VoteKind.ADOPT : kind;
    quorum = quorum == null ? 50 : quorum;
    threshold = threshold == null ? Threshold.SIMPLE : threshold;
    ballotList = ballotList == null ? BallotListKind.PSEUDONYMOUS : ballotList;
  }

  /** Whether the vote opens at once (no opening time, or one that has come) rather than later. */
  public boolean opensNow(Instant now) {
    return opensAt == null || !opensAt.isAfter(now);
  }

  /** When the vote starts taking ballots, given the moment it is created. */
  public Instant start(Instant now) {
    return opensNow(now) ? now : opensAt;
  }
}
