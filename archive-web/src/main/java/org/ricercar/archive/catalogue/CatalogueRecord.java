package org.ricercar.archive.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every catalogue record has: an optimistic-locking version (the HTTP ETag), a count of its
 * revisions, and an optional withdrawal.
 */
@MappedSuperclass
public abstract class CatalogueRecord {

  @Version
  @Column(nullable = false)
  private long version;

  @Column(nullable = false)
  private int revision;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Embedded private Withdrawal withdrawal;

  public abstract Long id();

  public long version() {
    return version;
  }

  /** The number of the latest revision; the first is 1. */
  public int revision() {
    return revision;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Withdrawal> withdrawal() {
    return Optional.ofNullable(withdrawal);
  }

  public boolean isWithdrawn() {
    return withdrawal != null;
  }

  /** Counts a change made at the given time and returns the new revision's number. */
  public int countRevision(Instant at) {
    if (createdAt == null) {
      createdAt = at;
    }
    updatedAt = at;
    return ++revision;
  }

  void withdraw(Instant at, Actor actor, String reason) {
    if (withdrawal != null) {
      throw new RecordStateConflictException("it is already withdrawn");
    }
    withdrawal = new Withdrawal(at, actor, reason);
  }

  void reinstate() {
    if (withdrawal == null) {
      throw new RecordStateConflictException("it is not withdrawn");
    }
    withdrawal = null;
  }

  /**
   * Makes a mapped list hold the given values. Leaves it untouched when they are equal, so an edit
   * that changes nothing rewrites no rows and bumps no version.
   */
  protected static <T> void replaceContents(List<T> target, List<T> values) {
    if (!target.equals(values)) {
      target.clear();
      target.addAll(values);
    }
  }
}
