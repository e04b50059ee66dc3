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
 * A member's proposal to replace a clause's text, with a rationale. The draft's author or a steward
 * accepts it (a new revision credits the proposer) or rejects it with a reason; either is final.
 */
@Entity
@Table(name = "guideline_amendment")
public class Amendment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guideline_seq")
  @SequenceGenerator(name = "guideline_seq", sequenceName = "guideline_seq", allocationSize = 50)
  private Long id;

  @Column(name = "guideline_id", updatable = false)
  private long guidelineId;

  @Column(name = "clause_key", updatable = false)
  private String clauseKey;

  @Column(updatable = false)
  private int revision;

  @Column(updatable = false)
  private String text;

  @Column(updatable = false)
  private String rationale;

  @Column(name = "proposer_id", updatable = false)
  private String proposerId;

  @Column(name = "proposer_name", updatable = false)
  private String proposerName;

  @Enumerated(EnumType.STRING)
  private AmendmentState state;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  private String reason;

  @Column(name = "resulting_revision")
  private Integer resultingRevision;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Amendment() {}

  Amendment(
      long guidelineId,
      String clauseKey,
      int revision,
      String text,
      String rationale,
      Participant proposer,
      Instant now) {
    this.guidelineId = guidelineId;
    this.clauseKey = clauseKey;
    this.revision = revision;
    this.text = text;
    this.rationale = rationale;
    this.proposerId = proposer.id();
    this.proposerName = proposer.name();
    this.state = AmendmentState.PROPOSED;
    this.createdAt = now;
  }

  void accepted(Participant decider, int resultingRevision, Instant now) {
    decide(AmendmentState.ACCEPTED, decider, null, now);
    this.resultingRevision = resultingRevision;
  }

  void rejected(Participant decider, String reason, Instant now) {
    decide(AmendmentState.REJECTED, decider, reason, now);
  }

  private void decide(AmendmentState decision, Participant decider, String why, Instant now) {
    if (state != AmendmentState.PROPOSED) {
      throw new GovernanceException.Conflict(
          "This amendment was already " + state.name().toLowerCase() + ".");
    }
    this.state = decision;
    this.decidedBy = decider.name();
    this.decidedAt = now;
    this.reason = why;
  }

  public Long id() {
    return id;
  }

  public long guidelineId() {
    return guidelineId;
  }

  public String clauseKey() {
    return clauseKey;
  }

  public int revision() {
    return revision;
  }

  public String text() {
    return text;
  }

  public String rationale() {
    return rationale;
  }

  public String proposerName() {
    return proposerName;
  }

  public AmendmentState state() {
    return state;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String reason() {
    return reason;
  }

  public Integer resultingRevision() {
    return resultingRevision;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
