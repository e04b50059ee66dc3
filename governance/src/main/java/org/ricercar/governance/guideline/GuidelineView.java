package org.ricercar.governance.guideline;

import java.time.Instant;
import java.util.List;

/**
 * A guideline as its page shows it: the current text, the version in force, every revision and the
 * votes held on it; {@code canEdit} tells whether the viewer may revise it and decide amendments.
 */
public record GuidelineView(
    long id,
    String title,
    GuidelineState state,
    String author,
    Instant createdAt,
    Instant updatedAt,
    RevisionView current,
    InForce inForce,
    List<RevisionSummary> revisions,
    List<VoteRef> votes,
    Long openVoteId,
    boolean canEdit,
    long version) {

  /** The adopted revision in force, and the vote that adopted it. */
  public record InForce(int revision, Instant adoptedAt, Long voteId) {}

  public record RevisionSummary(
      int number, String author, String note, Instant createdAt, boolean frozen, String hash) {}

  /** A vote held on the guideline (kind, state and outcome as the votes API writes them). */
  public record VoteRef(long id, String kind, String state, String outcome, Instant closesAt) {}

  /** The same guideline with the votes held on it. */
  public GuidelineView withVotes(List<VoteRef> heldVotes) {
    Long open =
        heldVotes.stream()
            .filter(v -> !"CLOSED".equals(v.state()))
            .map(VoteRef::id)
            .findFirst()
            .orElse(null);
    return new GuidelineView(
        id,
        title,
        state,
        author,
        createdAt,
        updatedAt,
        current,
        inForce,
        revisions,
        List.copyOf(heldVotes),
        open,
        canEdit,
        version);
  }
}
