package org.ricercar.governance.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ricercar.governance.guideline.DiffView.Op;
import org.ricercar.governance.guideline.DiffView.Word;

class RevisionDiffTest {

  @Test
  void changedWordsAreGroupedIntoRunsBetweenTheUnchangedOnes() {
    List<Word> words =
        RevisionDiff.words(
            "Every note a model supplied is marked as supplied.",
            "Every note a model supplied is marked, in every export.");

    assertThat(words)
        .containsExactly(
            new Word(Op.SAME, "Every note a model supplied is "),
            new Word(Op.REMOVED, "marked as supplied."),
            new Word(Op.ADDED, "marked, in every export."));
  }

  @Test
  void aNewOrRemovedTextIsOneRun() {
    assertThat(RevisionDiff.words(null, "All new."))
        .containsExactly(new Word(Op.ADDED, "All new."));
    assertThat(RevisionDiff.words("All gone.", null))
        .containsExactly(new Word(Op.REMOVED, "All gone."));
    assertThat(RevisionDiff.words("Same.", "Same.")).containsExactly(new Word(Op.SAME, "Same."));
  }
}
