package org.ricercar.archive.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ricercar.governance.ledger.Sha256;

/**
 * One distinct content in the store, with the outcome of its latest fixity check. Files on sources
 * refer to it by digest.
 */
@Entity
@Table(name = "blob")
public class Blob {

  @Id
  @Column(name = "sha256", length = 64)
  private String sha256;

  @Column(nullable = false)
  private long size;

  @Column(name = "stored_at", nullable = false)
  private Instant storedAt;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "check_outcome")
  private FixityOutcome checkOutcome;

  @Column(name = "actual_sha256", length = 64)
  private String actualSha256;

  protected Blob() {}

  public Blob(Sha256 sha256, long size, Instant storedAt) {
    this.sha256 = sha256.hex();
    this.size = size;
    this.storedAt = storedAt;
  }

  /** Records the outcome of a fixity check: what the stored bytes hash to now, if they exist. */
  public void checked(Instant at, FixityOutcome outcome, Sha256 actual) {
    this.checkedAt = at;
    this.checkOutcome = outcome;
    this.actualSha256 = actual == null ? null : actual.hex();
  }

  public Sha256 sha256() {
    return new Sha256(sha256);
  }

  public long size() {
    return size;
  }
}
