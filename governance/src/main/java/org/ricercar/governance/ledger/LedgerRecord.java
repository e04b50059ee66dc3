package org.ricercar.governance.ledger;

import java.time.Instant;

/**
 * A ledger entry as readers see it: immutable, with the hashes that chain it to its predecessor. An
 * event that is recorded but not yet sealed onto the chain has sequence 0 and no hashes; it is
 * sealed moments after its transaction commits.
 */
public record LedgerRecord(
    long sequence,
    Instant recordedAt,
    String actor,
    String type,
    String subject,
    String payload,
    String payloadHash,
    String previousHash,
    String entryHash) {

  /** Whether the entry is on the hash chain yet. */
  public boolean sealed() {
    return sequence > 0;
  }
}
