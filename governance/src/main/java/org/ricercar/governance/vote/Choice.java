package org.ricercar.governance.vote;

/** The options of every vote. */
public enum Choice {
  YES,
  NO,
  ABSTAIN
}
