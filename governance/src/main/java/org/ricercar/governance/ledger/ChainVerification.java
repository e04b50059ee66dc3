package org.ricercar.governance.ledger;

/**
 * The outcome of recomputing the ledger's hash chain.
 *
 * @param intact whether every entry's hashes match its content and its predecessor
 * @param entriesChecked how many entries were recomputed before the check ended
 * @param firstBrokenSequence the sequence number of the first entry that does not verify, or null
 * @param reason why that entry does not verify, or null when the chain is intact
 * @param headHash the hash of the last verified entry; publish it to anchor the chain externally
 */
public record ChainVerification(
    boolean intact, long entriesChecked, Long firstBrokenSequence, String reason, String headHash) {

  static ChainVerification intact(long entriesChecked, String headHash) {
    return new ChainVerification(true, entriesChecked, null, null, headHash);
  }

  static ChainVerification broken(
      long entriesChecked, long sequence, String reason, String lastGoodHash) {
    return new ChainVerification(false, entriesChecked, sequence, reason, lastGoodHash);
  }

  /** One line for people: the outcome, how much was checked, and where it broke. */
  public String describe() {
    return intact
        ? "Ledger intact: " + entriesChecked + " entries verified; head hash " + headHash
        : "Ledger broken at entry "
            + firstBrokenSequence
            + ": "
            + reason
            + " ("
            + entriesChecked
            + " entries before it verified)";
  }
}
