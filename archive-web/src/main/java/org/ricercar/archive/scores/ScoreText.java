package org.ricercar.archive.scores;

import java.util.regex.Pattern;

/**
 * Text as a score writes it (titles, names, part labels), tidied for the catalogue: runs of
 * whitespace, line breaks and no-break spaces included, become one space; blank becomes null;
 * absurdly long text is cut, since no title or name needs more than a few hundred characters.
 */
final class ScoreText {

  static final int MAX_LENGTH = 500;

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  private ScoreText() {}

  static String tidy(CharSequence raw) {
    if (raw == null) {
      return null;
    }
    String text = WHITESPACE.matcher(raw).replaceAll(" ").strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    int end = MAX_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).strip();
  }
}
