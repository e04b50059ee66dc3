package org.ricercar.governance.guideline;

/** Where a guideline's working text stands. */
public enum GuidelineState {
  /**
   * Being drafted: its author (or a steward) revises it, members comment and propose amendments.
   */
  DRAFT,
  /** Its current revision is frozen for a vote and can no longer change. */
  FROZEN,
  /** A vote adopted the current revision; it is in force. */
  ADOPTED,
  /** A vote did not adopt the current revision (rejected, or no quorum). */
  REJECTED,
  /** A vote repealed the version that was in force. */
  REPEALED
}
