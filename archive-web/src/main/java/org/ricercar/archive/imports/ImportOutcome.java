package org.ricercar.archive.imports;

/** What an import did with one file. */
public enum ImportOutcome {
  /** Stored, with at least one new work. */
  IMPORTED,
  /** Identical content was already in the archive; nothing changed. */
  DUPLICATE,
  /** Stored and attached to works the archive already held. */
  MERGED,
  /** Not stored, for the reason given. */
  REJECTED
}
