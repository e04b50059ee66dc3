package org.ricercar.governance.vote;

public enum Outcome {
  /** The quorum was met and the threshold reached. */
  ADOPTED,
  /** The quorum was met but the threshold was not reached. */
  REJECTED,
  /** Too few of the electorate cast a ballot. */
  NO_QUORUM
}
