package org.ricercar.governance.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The end of the chain: the last sequence number and hash. Appending locks this single row, so
 * concurrent transactions extend the chain one after another and never fork it.
 */
@Entity
@Table(name = "ledger_head")
public class LedgerHead {

  static final int ID = 1;

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected LedgerHead() {}

  /** The head of an empty ledger. */
  static LedgerHead empty() {
    var head = new LedgerHead();
    head.id = ID;
    head.lastSequence = 0;
    head.lastHash = LedgerEntry.GENESIS_HASH;
    return head;
  }

  /** Makes the entry that follows the current head and moves the head onto it. */
  LedgerEntry extend(LedgerEvent event, Instant at) {
    var entry = new LedgerEntry(lastSequence + 1, at, event, lastHash);
    lastSequence = entry.sequence();
    lastHash = entry.entryHash();
    return entry;
  }

  long lastSequence() {
    return lastSequence;
  }

  String lastHash() {
    return lastHash;
  }
}
