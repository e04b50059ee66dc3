package org.ricercar.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionTest {

  @Test
  void theQuorumIsAShareOfTheElectorateRoundedUpAndAbstentionsCount() {
    Decision decision = Decision.of(new Tally(3, 1, 6), 20, 50, Threshold.SIMPLE);

    assertThat(decision.quorumBallots()).isEqualTo(10);
    assertThat(decision.quorumMet()).isTrue();
    assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(Decision.of(new Tally(1, 0, 0), 3, 34, Threshold.SIMPLE).quorumBallots())
        .isEqualTo(2);
  }

  @Test
  void tooFewBallotsFailForLackOfQuorumWhateverTheyChose() {
    Decision decision = Decision.of(new Tally(9, 0, 0), 20, 50, Threshold.SIMPLE);

    assertThat(decision.quorumMet()).isFalse();
    assertThat(decision.thresholdMet()).isTrue();
    assertThat(decision.outcome()).isEqualTo(Outcome.NO_QUORUM);
  }

  @Test
  void aSimpleMajorityNeedsMoreYesThanNo() {
    assertThat(Decision.of(new Tally(5, 5, 0), 10, 0, Threshold.SIMPLE).outcome())
        .isEqualTo(Outcome.REJECTED);
    assertThat(Decision.of(new Tally(6, 5, 0), 11, 0, Threshold.SIMPLE).outcome())
        .isEqualTo(Outcome.ADOPTED);
    assertThat(Decision.of(new Tally(0, 0, 4), 4, 100, Threshold.SIMPLE).outcome())
        .isEqualTo(Outcome.REJECTED);
  }

  @Test
  void twoThirdsCountsYesAgainstYesAndNoOnly() {
    assertThat(Decision.of(new Tally(2, 1, 7), 10, 0, Threshold.TWO_THIRDS).outcome())
        .isEqualTo(Outcome.ADOPTED);
    assertThat(Decision.of(new Tally(5, 3, 0), 8, 0, Threshold.TWO_THIRDS).outcome())
        .isEqualTo(Outcome.REJECTED);
    assertThat(Decision.of(new Tally(0, 0, 3), 3, 0, Threshold.TWO_THIRDS).outcome())
        .isEqualTo(Outcome.REJECTED);
  }

  @Test
  void aVoteWithAnEmptyElectorateDecidesNothing() {
    Decision decision = Decision.of(new Tally(0, 0, 0), 0, 0, Threshold.SIMPLE);

    assertThat(decision.quorumMet()).isFalse();
    assertThat(decision.outcome()).isEqualTo(Outcome.NO_QUORUM);
  }
}
