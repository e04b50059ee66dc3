package org.ricercar.archive.scores;

import java.util.regex.Pattern;
import org.ricercar.search.melody.Key;
import org.ricercar.search.melody.Mode;

/**
 * Names a key written in RISM's code (MARC 240 $r, 031 $r): an upper-case letter for major, lower
 * case for minor, {@code |b} flat and {@code |x} sharp, e.g. {@code E|b} is E-flat major and {@code
 * f|x} F-sharp minor; {@code 1t} to {@code 8t} are the church tones.
 */
final class RismKey {

  private static final Pattern KEY = Pattern.compile("([A-Ga-g])(\\|[bx])?");
  private static final Pattern TONE = Pattern.compile("(\\d{1,2})t");

  private RismKey() {}

  /** The key's name, e.g. "E-flat major" or "tone 1"; the code as written when not RISM's. */
  static String name(String code) {
    var key = KEY.matcher(code);
    if (key.matches()) {
      char tonic = key.group(1).charAt(0);
      int alter = key.group(2) == null ? 0 : key.group(2).equals("|x") ? 1 : -1;
      Mode mode = Character.isUpperCase(tonic) ? Mode.MAJOR : Mode.MINOR;
      return new Key(Character.toUpperCase(tonic), alter, mode).toString();
    }
    var tone = TONE.matcher(code);
    return tone.matches() ? "tone " + tone.group(1) : code;
  }
}
