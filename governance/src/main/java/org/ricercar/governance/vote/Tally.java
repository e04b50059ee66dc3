package org.ricercar.governance.vote;

import java.util.Map;

/** How many ballots chose each option. */
public record Tally(long yes, long no, long abstain) {

  public static Tally of(Map<Choice, Long> counts) {
    return new Tally(
        counts.getOrDefault(Choice.YES, 0L),
        counts.getOrDefault(Choice.NO, 0L),
        counts.getOrDefault(Choice.ABSTAIN, 0L));
  }

  public long ballots() {
    return yes + no + abstain;
  }
}
