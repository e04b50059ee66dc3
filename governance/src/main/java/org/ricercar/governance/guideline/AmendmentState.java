package org.ricercar.governance.guideline;

/** Where a proposed amendment stands. */
public enum AmendmentState {
  PROPOSED,
  ACCEPTED,
  REJECTED
}
