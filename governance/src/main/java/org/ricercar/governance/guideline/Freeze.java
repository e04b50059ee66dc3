package org.ricercar.governance.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The freezing of one revision for a vote: when, by whom, and the SHA-256 of its canonical text.
 */
@Entity
@Table(name = "guideline_freeze")
public class Freeze {

  @Id
  @Column(name = "revision_id", updatable = false)
  private long revisionId;

  @Column(name = "content_hash", updatable = false)
  private String hash;

  @Column(name = "frozen_at", updatable = false)
  private Instant frozenAt;

  @Column(name = "frozen_by", updatable = false)
  private String frozenBy;

  protected Freeze() {}

  Freeze(long revisionId, String hash, Instant frozenAt, String frozenBy) {
    this.revisionId = revisionId;
    this.hash = hash;
    this.frozenAt = frozenAt;
    this.frozenBy = frozenBy;
  }

  public long revisionId() {
    return revisionId;
  }

  public String hash() {
    return hash;
  }

  public Instant frozenAt() {
    return frozenAt;
  }

  public String frozenBy() {
    return frozenBy;
  }
}
