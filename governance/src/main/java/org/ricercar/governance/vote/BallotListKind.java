package org.ricercar.governance.vote;

/** How the published ballot list names voters. */
public enum BallotListKind {
  /** A random pseudonym per voter and vote, unlinkable across votes. */
  PSEUDONYMOUS,
  /** The voter's user name. */
  NAMED
}
