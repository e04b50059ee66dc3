package org.ricercar.archive.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Why, when and by whom a record was withdrawn from public view. Withdrawn records are never
 * deleted: librarians still see them, marked as withdrawn.
 */
@Embeddable
public class Withdrawal {

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawal_reason")
  private String reason;

  protected Withdrawal() {}

  Withdrawal(Instant at, Actor by, String reason) {
    this.withdrawnAt = Objects.requireNonNull(at);
    this.withdrawnBy = by.name();
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a withdrawal needs a reason");
    }
    this.reason = reason.strip();
  }

  public Instant at() {
    return withdrawnAt;
  }

  public String by() {
    return withdrawnBy;
  }

  public String reason() {
    return reason;
  }
}
