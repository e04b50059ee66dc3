package org.ricercar.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BallotListTest {

  private static final List<BallotListView.Entry> BALLOTS =
      List.of(
          new BallotListView.Entry("v-aaaa", Choice.YES, "r1"),
          new BallotListView.Entry("v-bbbb", Choice.NO, "r2"),
          new BallotListView.Entry("o'brien, j", Choice.ABSTAIN, "r3"),
          new BallotListView.Entry("v-cccc", Choice.YES, "r4"));

  @Test
  void theListIsCsvThatCountsBackToItsTally() {
    String csv = BallotList.csv(BALLOTS);

    assertThat(csv).startsWith("voter,choice,receipt\nv-aaaa,YES,r1\n");
    assertThat(csv).contains("\"o'brien, j\",ABSTAIN,r3\n");
    assertThat(BallotList.count(csv)).isEqualTo(new Tally(2, 1, 1));
  }

  @Test
  void theHashChangesWithAnyBallot() {
    String csv = BallotList.csv(BALLOTS);
    String altered = csv.replace("v-bbbb,NO", "v-bbbb,YES");

    assertThat(BallotList.sha256(csv)).hasSize(64).isNotEqualTo(BallotList.sha256(altered));
    assertThat(BallotList.count(altered)).isEqualTo(new Tally(3, 0, 1));
  }

  @Test
  void somethingElseIsNotCounted() {
    assertThatThrownBy(() -> BallotList.count("name,vote\nx,YES\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BallotList.count("voter,choice,receipt\nx,MAYBE,r\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void receiptsAndPseudonymsAreRandomCodes() {
    assertThat(RandomCodes.receipt())
        .matches("[a-z2-7]{5}(-[a-z2-7]{5}){4}-[a-z2-7]")
        .isNotEqualTo(RandomCodes.receipt());
    assertThat(RandomCodes.pseudonym()).matches("v-[a-z2-7]{12}");
  }
}
