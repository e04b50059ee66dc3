package org.ricercar.archive.fixity;

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
import org.ricercar.archive.files.FixityOutcome;
import org.ricercar.governance.ledger.Sha256;

/** One re-hash of stored content: when, what it found, and the digest it computed. */
@Entity
@Table(name = "fixity_check")
public class FixityCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fixity_check_seq")
  @SequenceGenerator(
      name = "fixity_check_seq",
      sequenceName = "fixity_check_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FixityOutcome outcome;

  @Column(name = "actual_sha256", length = 64)
  private String actualSha256;

  protected FixityCheck() {}

  FixityCheck(Sha256 expected, Instant checkedAt, FixityOutcome outcome, Sha256 actual) {
    this.sha256 = expected.hex();
    this.checkedAt = checkedAt;
    this.outcome = outcome;
    this.actualSha256 = actual == null ? null : actual.hex();
  }

  String sha256() {
    return sha256;
  }

  Instant checkedAt() {
    return checkedAt;
  }

  FixityOutcome outcome() {
    return outcome;
  }

  String actualSha256() {
    return actualSha256;
  }
}
