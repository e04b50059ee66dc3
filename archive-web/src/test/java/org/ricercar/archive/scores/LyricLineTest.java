package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LyricLineTest {

  @Test
  void joinsSyllablesIntoWordsUntilPunctuationEndsALine() {
    var line = new LyricLine();
    sing(line, "1. Im", false);
    sing(line, "wun", true);
    sing(line, "der", true);
    sing(line, "schö", true);
    sing(line, "nen", false);
    sing(line, "Mo", true);
    sing(line, "nat", false);
    sing(line, "Mai,", false);
    sing(line, "als", false);

    assertThat(line.text()).isEqualTo("Im wunderschönen Monat Mai");
  }

  @Test
  void aRestEndsTheLineOnceItHasAFewWords() {
    var line = new LyricLine();
    sing(line, "Wer", false);
    line.pause();
    sing(line, "reit't", false);
    sing(line, "so", false);
    sing(line, "spät", false);
    line.pause();
    sing(line, "durch", false);

    assertThat(line.text()).isEqualTo("Wer reit't so spät");
  }

  @Test
  void aHyphenWrittenIntoASyllableJoinsItToTheNext() {
    var line = new LyricLine();
    sing(line, "Auf", false);
    sing(line, "dem", false);
    sing(line, "Hü-", false);
    sing(line, "gel", false);

    assertThat(line.text()).isEqualTo("Auf dem Hügel");
  }

  @Test
  void stopsAfterTwelveWordsWithoutPunctuation() {
    var line = new LyricLine();
    for (int i = 1; i <= 20; i++) {
      sing(line, "la" + i, false);
    }
    assertThat(line.text()).isEqualTo("la1 la2 la3 la4 la5 la6 la7 la8 la9 la10 la11 la12");
  }

  @Test
  void isNullWhenNothingIsSung() {
    assertThat(new LyricLine().text()).isNull();
  }

  private static void sing(LyricLine line, String syllable, boolean wordGoesOn) {
    line.syllable(syllable, wordGoesOn);
  }
}
