package org.ricercar.governance.ledger;

import java.time.Instant;

/**
 * A ledger entry as readers see it: immutable, with the hashes that chain it to its predecessor.
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
    String entryHash) {}
