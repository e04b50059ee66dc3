package org.ricercar.governance.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An event written in the transaction that recorded it and not yet chained. The sealer turns it
 * into a {@link LedgerEntry}, keeping the time it was recorded, and deletes it in the same
 * transaction.
 */
@Entity
@Table(name = "ledger_pending")
public class PendingEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_pending_seq")
  @SequenceGenerator(
      name = "ledger_pending_seq",
      sequenceName = "ledger_pending_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String type;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String payload;

  protected PendingEntry() {}

  PendingEntry(Instant recordedAt, LedgerEvent event) {
    // Databases keep microseconds; the sealed entry hashes the time as stored.
    this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = event.actor();
    this.type = event.type();
    this.subject = event.subject();
    this.payload = event.payload();
  }

  Instant recordedAt() {
    return recordedAt;
  }

  LedgerEvent event() {
    return new LedgerEvent(actor, type, subject, payload);
  }

  /** The event as readers see it before it is sealed: no sequence number and no hashes yet. */
  LedgerRecord toRecord() {
    return new LedgerRecord(0, recordedAt, actor, type, subject, payload, null, null, null);
  }
}
