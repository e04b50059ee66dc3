package org.ricercar.governance.vote;

import java.util.List;

/** The published ballots of a closed vote, sorted by voter. */
public record BallotListView(long voteId, String listHash, List<Entry> ballots) {

  /** One ballot: its voter (pseudonym or user name), choice and receipt. */
  public record Entry(String voter, Choice choice, String receipt) {}
}
