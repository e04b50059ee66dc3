package org.ricercar.governance.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ricercar.governance.GovernanceException;
import org.ricercar.governance.Participant;

/** Every transition of a guideline's state machine, and every forbidden one. */
class GuidelineStateTest {

  private static final Participant AUTHOR = new Participant("a-1", "ada", true, false);
  private static final Participant OTHER = new Participant("b-2", "ben", true, false);
  private static final Participant STEWARD = new Participant("s-3", "sam", true, true);
  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private static Guideline draft() {
    var guideline = new Guideline("Disclosure", AUTHOR, NOW);
    guideline.revised(1, "Disclosure", NOW);
    return guideline;
  }

  private static Guideline frozen() {
    var guideline = draft();
    guideline.frozen(NOW);
    return guideline;
  }

  private static Guideline adopted() {
    var guideline = frozen();
    guideline.voteClosed(false, true, 7, NOW);
    return guideline;
  }

  @Test
  void aDraftIsRevisedByItsAuthorOrAStewardOnly() {
    Guideline guideline = draft();
    guideline.revised(2, "Disclosure of supplied notes", NOW);

    assertThat(guideline.state()).isEqualTo(GuidelineState.DRAFT);
    assertThat(guideline.currentRevision()).isEqualTo(2);
    assertThat(guideline.editableBy(AUTHOR)).isTrue();
    assertThat(guideline.editableBy(STEWARD)).isTrue();
    assertThat(guideline.editableBy(OTHER)).isFalse();
    assertThat(guideline.editableBy(Participant.ANONYMOUS)).isFalse();
    assertThat(guideline.readableBy(Participant.ANONYMOUS)).isFalse();
  }

  @Test
  void aFrozenTextTakesNoRevisionAndCannotBeFrozenAgain() {
    Guideline guideline = frozen();

    assertThat(guideline.state()).isEqualTo(GuidelineState.FROZEN);
    assertThatThrownBy(() -> guideline.revised(2, "x", NOW))
        .isInstanceOf(GovernanceException.Conflict.class);
    assertThatThrownBy(() -> guideline.frozen(NOW))
        .isInstanceOf(GovernanceException.Conflict.class);
    assertThatThrownBy(() -> guideline.reopened(NOW))
        .isInstanceOf(GovernanceException.Conflict.class);
  }

  @Test
  void onlyAFrozenTextIsPutToAnAdoptionVote() {
    assertThatThrownBy(() -> draft().checkVoteMayOpen(false))
        .isInstanceOf(GovernanceException.Conflict.class);
    assertThatThrownBy(() -> draft().voteClosed(false, true, 1, NOW))
        .isInstanceOf(GovernanceException.Conflict.class);
    frozen().checkVoteMayOpen(false);
  }

  @Test
  void aPassedVoteAdoptsTheTextAndPutsItInForce() {
    Guideline guideline = adopted();

    assertThat(guideline.state()).isEqualTo(GuidelineState.ADOPTED);
    assertThat(guideline.inForceRevision()).isEqualTo(1);
    assertThat(guideline.inForceVote()).isEqualTo(7);
    assertThat(guideline.readableBy(Participant.ANONYMOUS)).isTrue();
  }

  @Test
  void aFailedVoteRejectsTheText() {
    Guideline guideline = frozen();
    guideline.voteClosed(false, false, 8, NOW);

    assertThat(guideline.state()).isEqualTo(GuidelineState.REJECTED);
    assertThat(guideline.inForceRevision()).isNull();
    assertThat(guideline.readableBy(Participant.ANONYMOUS)).isTrue();
  }

  @Test
  void anAdoptedGuidelineIsAmendedThroughANewDraftAndStaysInForceMeanwhile() {
    Guideline guideline = adopted();
    guideline.reopened(NOW);
    guideline.revised(2, "Disclosure, amended", NOW);

    assertThat(guideline.state()).isEqualTo(GuidelineState.DRAFT);
    assertThat(guideline.inForceRevision()).isEqualTo(1);
    assertThat(guideline.readableBy(Participant.ANONYMOUS)).isTrue();

    guideline.frozen(NOW);
    guideline.voteClosed(false, false, 9, NOW);
    assertThat(guideline.state()).isEqualTo(GuidelineState.REJECTED);
    assertThat(guideline.inForceRevision()).isEqualTo(1);
  }

  @Test
  void onlyAnAdoptedGuidelineIsRepealedAndOnlyByAPassedVote() {
    assertThatThrownBy(() -> frozen().checkVoteMayOpen(true))
        .isInstanceOf(GovernanceException.Conflict.class);

    Guideline kept = adopted();
    kept.voteClosed(true, false, 10, NOW);
    assertThat(kept.state()).isEqualTo(GuidelineState.ADOPTED);
    assertThat(kept.inForceRevision()).isEqualTo(1);

    Guideline repealed = adopted();
    repealed.voteClosed(true, true, 11, NOW);
    assertThat(repealed.state()).isEqualTo(GuidelineState.REPEALED);
    assertThat(repealed.inForceRevision()).isNull();
  }

  @Test
  void aDecidedAmendmentCannotBeDecidedAgain() {
    var amendment = new Amendment(1, "c1", 1, "new text", "why", OTHER, NOW);
    amendment.rejected(AUTHOR, "no", NOW);

    assertThatThrownBy(() -> amendment.accepted(AUTHOR, 2, NOW))
        .isInstanceOf(GovernanceException.Conflict.class);
    assertThat(amendment.state()).isEqualTo(AmendmentState.REJECTED);
  }
}
