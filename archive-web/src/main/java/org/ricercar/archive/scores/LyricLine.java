package org.ricercar.archive.scores;

import java.util.regex.Pattern;

/**
 * Joins the sung syllables of one voice into the first line of its text, e.g. "Im wunderschönen
 * Monat Mai". A line ends at punctuation or at a rest once it has a few words, and after {@value
 * #MAX_WORDS} words at most, since a score does not mark the poem's line breaks.
 */
final class LyricLine {

  static final int MAX_WORDS = 12;
  private static final int MIN_WORDS = 3;
  private static final Pattern LINE_END = Pattern.compile(".*[,.;:!?…]['’\"»«“”]?$");
  private static final Pattern TRAILING_PAUSE = Pattern.compile("[,;:]+$");
  private static final Pattern VERSE_NUMBER = Pattern.compile("^\\d+\\.\\s*");

  private final StringBuilder text = new StringBuilder();
  private int words;
  private boolean inWord;
  private boolean complete;

  /**
   * The next syllable under the voice.
   *
   * @param wordGoesOn whether the word continues on the next note ("Wun-" of "Wunder")
   */
  void syllable(String syllable, boolean wordGoesOn) {
    String tidy = ScoreText.tidy(syllable);
    if (tidy != null) {
      // editions print the verse number before the first syllable: "1. Vöglein"
      tidy = ScoreText.tidy(VERSE_NUMBER.matcher(tidy).replaceFirst(""));
    }
    if (tidy != null && tidy.length() > 1 && tidy.endsWith("-")) {
      // a hyphen written into the syllable itself: "Hü-" goes on as "gel"
      tidy = tidy.substring(0, tidy.length() - 1);
      wordGoesOn = true;
    }
    if (complete || tidy == null) {
      return;
    }
    if (!inWord && !text.isEmpty()) {
      text.append(' ');
    }
    text.append(tidy);
    inWord = wordGoesOn;
    if (!wordGoesOn) {
      words++;
      complete =
          words >= MAX_WORDS
              || text.length() >= ScoreText.MAX_LENGTH
              || (words >= MIN_WORDS && LINE_END.matcher(tidy).matches());
    }
  }

  /** A rest in the voice: a breath that ends the line once it has a few words. */
  void pause() {
    if (!inWord && words > MIN_WORDS) {
      complete = true;
    }
  }

  /** The line without a trailing comma, semicolon or colon; null when nothing was sung. */
  String text() {
    return ScoreText.tidy(TRAILING_PAUSE.matcher(text).replaceAll(""));
  }
}
