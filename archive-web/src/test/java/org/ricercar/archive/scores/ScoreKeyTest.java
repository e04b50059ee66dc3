package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ricercar.archive.catalogue.work.MusicalKey;
import org.ricercar.search.melody.Pitch;

class ScoreKeyTest {

  @Test
  void spellsEveryKeyAsTheCatalogueDoes() {
    for (int fifths = -7; fifths <= 7; fifths++) {
      for (String mode : new String[] {"major", "minor", "dorian", "mixolydian"}) {
        String name = ScoreKey.ofSignature(fifths, mode).orElseThrow().toString();
        assertThat(MusicalKey.canonical(name)).isEqualTo(name);
      }
    }
  }

  @Test
  void namesTheKeyOfASignatureInAMode() {
    assertThat(ScoreKey.ofSignature(0, "major"))
        .hasValueSatisfying(k -> assertThat(k).hasToString("C major"));
    assertThat(ScoreKey.ofSignature(-3, "major"))
        .hasValueSatisfying(k -> assertThat(k).hasToString("E-flat major"));
    assertThat(ScoreKey.ofSignature(-3, "minor"))
        .hasValueSatisfying(k -> assertThat(k).hasToString("C minor"));
    assertThat(ScoreKey.ofSignature(6, "Major"))
        .hasValueSatisfying(k -> assertThat(k).hasToString("F-sharp major"));
    assertThat(ScoreKey.ofSignature(7, "minor"))
        .hasValueSatisfying(k -> assertThat(k).hasToString("A-sharp minor"));
    assertThat(ScoreKey.ofSignature(-6, "major"))
        .hasValueSatisfying(k -> assertThat(k).hasToString("G-flat major"));
    assertThat(ScoreKey.ofSignature(0, "dorian"))
        .hasValueSatisfying(k -> assertThat(k).hasToString("D dorian"));
    assertThat(ScoreKey.ofSignature(2, "none")).isEmpty();
  }

  @Test
  void judgesTheModeByTheFinalBassNote() {
    assertThat(ScoreKey.ofSignatureEndingOn(-2, new Pitch('G', 0, 2)))
        .hasValueSatisfying(k -> assertThat(k).hasToString("G minor"));
    assertThat(ScoreKey.ofSignatureEndingOn(-2, new Pitch('B', -1, 1)))
        .hasValueSatisfying(k -> assertThat(k).hasToString("B-flat major"));
    assertThat(ScoreKey.ofSignatureEndingOn(-2, new Pitch('F', 0, 2))).isEmpty();
    assertThat(ScoreKey.ofSignatureEndingOn(3, new Pitch('G', 1, 2)))
        .as("the enharmonic spelling of the bass does not matter")
        .isEmpty();
    assertThat(ScoreKey.ofSignatureEndingOn(3, new Pitch('F', 1, 2)))
        .hasValueSatisfying(k -> assertThat(k).hasToString("F-sharp minor"));
  }
}
