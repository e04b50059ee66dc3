package org.ricercar.governance.vote;

/**
 * A result recomputed from the published ballot list.
 *
 * @param matchesResult whether the recount and the list's hash agree with the published result
 */
public record RecountView(
    long yes,
    long no,
    long abstain,
    long ballots,
    long quorumBallots,
    Outcome outcome,
    String listHash,
    boolean matchesResult) {}
