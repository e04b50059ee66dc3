package org.ricercar.governance.ledger;

/**
 * Walks the entries in sequence order and stops at the first one that does not verify: a gap in the
 * numbering, a link to the wrong predecessor, or fields that no longer match the entry's hash.
 */
final class ChainVerifier {

  private long expectedSequence = 1;
  private String previousHash = LedgerEntry.GENESIS_HASH;
  private long checked;
  private ChainVerification failure;

  /** Checks the next entry; returns false once the chain is known to be broken. */
  boolean accept(LedgerEntry entry) {
    if (failure != null) {
      return false;
    }
    String reason = null;
    if (entry.sequence() != expectedSequence) {
      reason = "expected entry " + expectedSequence + " but found " + entry.sequence();
    } else if (!entry.previousHash().equals(previousHash)) {
      reason = "does not link to the hash of the entry before it";
    } else {
      reason = entry.contentMismatch();
    }
    if (reason != null) {
      failure = ChainVerification.broken(checked, expectedSequence, reason, previousHash);
      return false;
    }
    checked++;
    expectedSequence++;
    previousHash = entry.entryHash();
    return true;
  }

  /** The result once every entry has been offered; the head must point at the last entry. */
  ChainVerification finish(LedgerHead head) {
    if (failure != null) {
      return failure;
    }
    if (head.lastSequence() != checked || !head.lastHash().equals(previousHash)) {
      return ChainVerification.broken(
          checked,
          Math.min(head.lastSequence(), checked) + 1,
          "the chain head records entry "
              + head.lastSequence()
              + " but the entries end at "
              + checked,
          previousHash);
    }
    return ChainVerification.intact(checked, previousHash);
  }
}
