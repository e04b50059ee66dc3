package org.ricercar.governance.vote;

/** Where a vote stands: waiting for its opening time, taking ballots, or decided. */
public enum VoteState {
  SCHEDULED,
  OPEN,
  CLOSED
}
