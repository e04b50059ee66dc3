package org.ricercar.governance.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ricercar.governance.GovernanceException;
import org.ricercar.governance.Participant;

/**
 * A guideline and its state machine: draft → frozen → adopted or rejected; an adopted or rejected
 * guideline may be reopened as a new draft, and an adopted one repealed by a vote. The version in
 * force is kept apart from the working text, so an adopted guideline stays in force while an
 * amended text is drafted and voted on.
 */
@Entity
@Table(name = "guideline")
public class Guideline {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guideline_seq")
  @SequenceGenerator(name = "guideline_seq", sequenceName = "guideline_seq", allocationSize = 50)
  private Long id;

  private String title;

  @Enumerated(EnumType.STRING)
  private GuidelineState state;

  @Column(name = "author_id", updatable = false)
  private String authorId;

  @Column(name = "author_name", updatable = false)
  private String authorName;

  @Column(name = "current_revision")
  private int currentRevision;

  @Column(name = "next_clause")
  private int nextClause = 1;

  @Column(name = "in_force_revision")
  private Integer inForceRevision;

  @Column(name = "in_force_since")
  private Instant inForceSince;

  @Column(name = "in_force_vote")
  private Long inForceVote;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Guideline() {}

  /** A new draft by the given member; its first revision is added next. */
  public Guideline(String title, Participant author, Instant now) {
    this.title = title;
    this.state = GuidelineState.DRAFT;
    this.authorId = author.id();
    this.authorName = author.name();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Whether the participant may revise the draft and decide on its amendments. */
  public boolean editableBy(Participant participant) {
    return participant.signedIn() && (participant.steward() || authorId.equals(participant.id()));
  }

  /**
   * Anonymous visitors read guidelines that have been put to a vote; drafts and texts under vote
   * are for signed-in members.
   */
  public boolean readableBy(Participant participant) {
    return participant.signedIn() || isPublic();
  }

  boolean isPublic() {
    return inForceRevision != null
        || state == GuidelineState.ADOPTED
        || state == GuidelineState.REJECTED
        || state == GuidelineState.REPEALED;
  }

  /** {@link #isPublic()} as a JPQL condition on a guideline named {@code g}, for listings. */
  public static final String PUBLIC_CONDITION =
      "(g.inForceRevision is not null or g.state in ("
          + "org.ricercar.governance.guideline.GuidelineState.ADOPTED,"
          + " org.ricercar.governance.guideline.GuidelineState.REJECTED,"
          + " org.ricercar.governance.guideline.GuidelineState.REPEALED))";

  /** The key for a clause new to this guideline: c1, c2, …; never reused. */
  String newClauseKey() {
    return "c" + nextClause++;
  }

  /** Records a new revision of the draft as the current text. */
  void revised(int revision, String newTitle, Instant now) {
    requireState(GuidelineState.DRAFT, "revised");
    this.currentRevision = revision;
    this.title = newTitle;
    this.updatedAt = now;
  }

  /** The current revision is frozen: from now on it can only be voted on. */
  void frozen(Instant now) {
    requireState(GuidelineState.DRAFT, "frozen");
    this.state = GuidelineState.FROZEN;
    this.updatedAt = now;
  }

  /** A vote of the given kind may open on this guideline only in the matching state. */
  public void checkVoteMayOpen(boolean repeal) {
    if (repeal) {
      requireState(GuidelineState.ADOPTED, "put to a repeal vote");
    } else {
      requireState(GuidelineState.FROZEN, "put to a vote");
    }
  }

  /** A vote on the current revision closed with the given result. */
  public void voteClosed(boolean repeal, boolean passed, long voteId, Instant now) {
    checkVoteMayOpen(repeal);
    if (repeal) {
      if (passed) {
        state = GuidelineState.REPEALED;
        inForceRevision = null;
        inForceSince = null;
        inForceVote = null;
      }
    } else if (passed) {
      state = GuidelineState.ADOPTED;
      inForceRevision = currentRevision;
      inForceSince = now;
      inForceVote = voteId;
    } else {
      state = GuidelineState.REJECTED;
    }
    updatedAt = now;
  }

  /**
   * A rejected, adopted or repealed guideline becomes a draft again, to be revised and voted on.
   */
  void reopened(Instant now) {
    if (state == GuidelineState.DRAFT || state == GuidelineState.FROZEN) {
      throw new GovernanceException.Conflict(
          "This guideline is " + state.name().toLowerCase() + "; only a voted-on one is reopened.");
    }
    state = GuidelineState.DRAFT;
    updatedAt = now;
  }

  void touched(Instant now) {
    updatedAt = now;
  }

  private void requireState(GuidelineState required, String action) {
    if (state != required) {
      throw new GovernanceException.Conflict(
          "This guideline is "
              + state.name().toLowerCase()
              + "; only a "
              + required.name().toLowerCase()
              + " guideline can be "
              + action
              + ".");
    }
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public GuidelineState state() {
    return state;
  }

  public String authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public int currentRevision() {
    return currentRevision;
  }

  public Integer inForceRevision() {
    return inForceRevision;
  }

  public Instant inForceSince() {
    return inForceSince;
  }

  public Long inForceVote() {
    return inForceVote;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
