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
 * A member's ballot in one vote. The table's unique key (vote, voter) makes it one per member; a
 * change replaces the choice and issues a new receipt.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_seq")
  @SequenceGenerator(name = "ballot_seq", sequenceName = "ballot_seq", allocationSize = 50)
  private Long id;

  @Column(name = "vote_id", updatable = false)
  private long voteId;

  @Column(name = "voter_id", updatable = false)
  private String voterId;

  @Enumerated(EnumType.STRING)
  private Choice choice;

  private String receipt;

  @Column(name = "cast_at")
  private Instant castAt;

  protected Ballot() {}

  Ballot(long voteId, String voterId, Choice choice, String receipt, Instant now) {
    this.voteId = voteId;
    this.voterId = voterId;
    replace(choice, receipt, now);
  }

  void replace(Choice newChoice, String newReceipt, Instant now) {
    this.choice = newChoice;
    this.receipt = newReceipt;
    this.castAt = now;
  }

  Choice choice() {
    return choice;
  }

  String receipt() {
    return receipt;
  }

  Instant castAt() {
    return castAt;
  }
}
