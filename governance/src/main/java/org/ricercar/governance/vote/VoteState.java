package org.ricercar.governance.vote;

public enum VoteState {
  OPEN,
  CLOSED
}
