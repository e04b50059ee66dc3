package org.ricercar.governance.vote;

/** Whether a vote would adopt a frozen revision or repeal the version in force. */
public enum VoteKind {
  ADOPT,
  REPEAL
}
