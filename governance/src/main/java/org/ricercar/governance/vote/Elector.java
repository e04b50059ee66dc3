package org.ricercar.governance.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A member of a vote's electorate, as the snapshot at its opening recorded them. */
@Entity
@Table(name = "vote_elector")
@IdClass(Elector.Key.class)
public class Elector {

  @Id
  @Column(name = "vote_id", updatable = false)
  private long voteId;

  @Id
  @Column(name = "member_id", updatable = false)
  private String memberId;

  @Column(updatable = false)
  private String username;

  @Column(updatable = false)
  private String pseudonym;

  protected Elector() {}

  Elector(long voteId, String memberId, String username, String pseudonym) {
    this.voteId = voteId;
    this.memberId = memberId;
    this.username = username;
    this.pseudonym = pseudonym;
  }

  String username() {
    return username;
  }

  String pseudonym() {
    return pseudonym;
  }

  /** The composite key: vote and member. */
  public record Key(long voteId, String memberId) implements Serializable {
    public Key() {
      this(0, null);
    }
  }
}
