package org.ricercar.governance.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A vote on one frozen revision: its rules, fixed when it opens, and its result once closed. The
 * closing itself is a conditional update (open → closed), which only one closer can win.
 */
@Entity
@Table(name = "vote")
public class Vote {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vote_seq")
  @SequenceGenerator(name = "vote_seq", sequenceName = "vote_seq", allocationSize = 50)
  private Long id;

  @Column(name = "guideline_id", updatable = false)
  private long guidelineId;

  @Column(name = "revision_id", updatable = false)
  private long revisionId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private VoteKind kind;

  @Enumerated(EnumType.STRING)
  private VoteState state;

  @Column(name = "opens_at", updatable = false)
  private Instant opensAt;

  @Column(name = "closes_at", updatable = false)
  private Instant closesAt;

  @Column(name = "quorum_percent", updatable = false)
  private int quorumPercent;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Threshold threshold;

  @Enumerated(EnumType.STRING)
  @Column(name = "ballot_list", updatable = false)
  private BallotListKind ballotList;

  private int electorate;

  @Column(name = "opened_by", updatable = false)
  private String openedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "yes_count")
  private Integer yes;

  @Column(name = "no_count")
  private Integer no;

  @Column(name = "abstain_count")
  private Integer abstain;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "list_hash")
  private String listHash;

  protected Vote() {}

  /** A vote that opens at once, or (with an opening time to come) is scheduled to. */
  Vote(long guidelineId, long revisionId, VoteRules rules, String openedBy, Instant now) {
    this.guidelineId = guidelineId;
    this.revisionId = revisionId;
    this.kind = rules.kind();
    this.state = rules.opensNow(now) ? VoteState.OPEN : VoteState.SCHEDULED;
    this.opensAt = rules.start(now);
    this.closesAt = rules.closesAt();
    this.quorumPercent = rules.quorum();
    this.threshold = rules.threshold();
    this.ballotList = rules.ballotList();
    this.openedBy = openedBy;
  }

  /** The electorate was fixed: this many members may vote. */
  void admitted(int size) {
    this.electorate = size;
  }

  /** Whether a ballot may be cast or changed at this moment. */
  boolean acceptsBallotsAt(Instant now) {
    return state == VoteState.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  void recordResult(Decision decision, String hash) {
    this.yes = Math.toIntExact(decision.tally().yes());
    this.no = Math.toIntExact(decision.tally().no());
    this.abstain = Math.toIntExact(decision.tally().abstain());
    this.outcome = decision.outcome();
    this.listHash = hash;
  }

  Decision decision() {
    return Decision.of(new Tally(yes, no, abstain), electorate, quorumPercent, threshold);
  }

  public Long id() {
    return id;
  }

  public long guidelineId() {
    return guidelineId;
  }

  public long revisionId() {
    return revisionId;
  }

  public VoteKind kind() {
    return kind;
  }

  public VoteState state() {
    return state;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public int quorumPercent() {
    return quorumPercent;
  }

  public Threshold threshold() {
    return threshold;
  }

  public BallotListKind ballotList() {
    return ballotList;
  }

  public int electorate() {
    return electorate;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String listHash() {
    return listHash;
  }
}
