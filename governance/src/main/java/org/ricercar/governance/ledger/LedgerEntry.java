package org.ricercar.governance.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One link of the ledger's hash chain. Its hash covers its sequence number, time, actor, type,
 * subject, the SHA-256 of its payload and the previous entry's hash, so changing any stored field
 * of any entry breaks verification at that entry. Entries are written once and never updated.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

  /** The "previous hash" of the very first entry. */
  public static final String GENESIS_HASH = "0".repeat(64);

  @Id
  @Column(name = "seq")
  private long sequence;

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

  @Column(name = "payload_sha256", nullable = false, updatable = false)
  private String payloadHash;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "entry_hash", nullable = false, updatable = false)
  private String entryHash;

  protected LedgerEntry() {}

  LedgerEntry(long sequence, Instant recordedAt, LedgerEvent event, String previousHash) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1");
    }
    this.sequence = sequence;
    // Databases keep microseconds; hashing a finer time would not survive a round trip.
    this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = event.actor();
    this.type = event.type();
    this.subject = event.subject();
    this.payload = event.payload();
    this.payloadHash = Sha256.of(payload).hex();
    this.previousHash = previousHash;
    this.entryHash = expectedEntryHash();
  }

  long sequence() {
    return sequence;
  }

  String previousHash() {
    return previousHash;
  }

  String entryHash() {
    return entryHash;
  }

  /** Why this entry does not match its own content, or null when it does. */
  String contentMismatch() {
    if (!Sha256.of(payload).hex().equals(payloadHash)) {
      return "payload does not match its recorded SHA-256";
    }
    if (!expectedEntryHash().equals(entryHash)) {
      return "entry hash does not match the entry's fields";
    }
    return null;
  }

  public LedgerRecord toRecord() {
    return new LedgerRecord(
        sequence, recordedAt, actor, type, subject, payload, payloadHash, previousHash, entryHash);
  }

  private String expectedEntryHash() {
    // Length-prefixed fields: no choice of field contents can make two entries hash alike.
    var canonical = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(sequence),
          recordedAt.truncatedTo(ChronoUnit.MICROS).toString(),
          actor,
          type,
          subject,
          payloadHash,
          previousHash
        }) {
      canonical.append(field.length()).append(':').append(field).append('|');
    }
    return Sha256.of(canonical.toString()).hex();
  }
}
