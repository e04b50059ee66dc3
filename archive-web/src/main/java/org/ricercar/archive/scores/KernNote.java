package org.ricercar.archive.scores;

import java.util.Optional;
import org.ricercar.search.melody.Duration;
import org.ricercar.search.melody.Pitch;

/**
 * What one **kern data token sounds in a melody: a note (the highest of a chord) or a rest.
 *
 * @param pitch the pitch, or null for a rest
 * @param duration the written duration
 * @param tiedToNext whether a tie continues into the next token ({@code [} starts one, {@code _}
 *     continues one)
 */
record KernNote(Pitch pitch, Duration duration, boolean tiedToNext) {

  /**
   * Reads a token such as {@code 4.cc#}, {@code 8r}, {@code [4G} or the chord {@code 4C E G}; empty
   * for a null token ({@code .}) and for grace notes, which take no time.
   *
   * @throws IllegalArgumentException when the token is neither a note nor a rest
   */
  static Optional<KernNote> parse(String token) {
    if (token.equals(".")) {
      return Optional.empty();
    }
    KernNote chosen = null;
    Duration duration = null;
    boolean rest = false;
    boolean grace = true;
    for (String part : token.split(" ")) {
      if (part.indexOf('q') >= 0 || part.indexOf('Q') >= 0) {
        continue;
      }
      grace = false;
      Duration written = duration(part);
      duration = duration == null ? written : duration;
      rest |= part.indexOf('r') >= 0;
      Pitch pitch = pitch(part);
      if (pitch != null && (chosen == null || pitch.midi() > chosen.pitch().midi())) {
        boolean tied = part.indexOf('[') >= 0 || part.indexOf('_') >= 0;
        chosen = new KernNote(pitch, written, tied);
      }
    }
    if (grace) {
      return Optional.empty();
    }
    if (duration == null || (chosen == null && !rest)) {
      throw new IllegalArgumentException("'" + token + "' is not a **kern note or rest");
    }
    return Optional.of(
        chosen == null
            ? new KernNote(null, duration, false)
            : new KernNote(chosen.pitch(), duration, chosen.tiedToNext()));
  }

  /**
   * A reciprocal duration: 4 a quarter, 8. a dotted eighth, 3 a third of a whole (a triplet half),
   * 0 a breve, 3%2 two thirds; null when the token has none.
   */
  private static Duration duration(String part) {
    int start = 0;
    while (start < part.length() && !Character.isDigit(part.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < part.length() && Character.isDigit(part.charAt(end)) && end - start < 4) {
      end++;
    }
    if (end == start) {
      return null;
    }
    String digits = part.substring(start, end);
    int numerator = 1;
    if (end < part.length() && part.charAt(end) == '%') {
      int after = ++end;
      while (end < part.length() && Character.isDigit(part.charAt(end)) && end - after < 4) {
        end++;
      }
      numerator = end > after ? Integer.parseInt(part.substring(after, end)) : 1;
    }
    Duration value =
        digits.chars().allMatch(c -> c == '0')
            ? new Duration(1 << digits.length(), 1)
            : new Duration(numerator, Integer.parseInt(digits));
    int dots = 0;
    while (end < part.length() && part.charAt(end) == '.') {
      dots++;
      end++;
    }
    return value.times((1 << (dots + 1)) - 1, 1 << dots);
  }

  /** c is middle C, cc the octave above, C the octave below, CC the one below that. */
  private static Pitch pitch(String part) {
    for (int i = 0; i < part.length(); i++) {
      char letter = part.charAt(i);
      if ("abcdefgABCDEFG".indexOf(letter) >= 0) {
        int end = i;
        while (end < part.length() && part.charAt(end) == letter) {
          end++;
        }
        int repeats = end - i;
        int octave = Character.isLowerCase(letter) ? 3 + repeats : 4 - repeats;
        return new Pitch(Character.toUpperCase(letter), alter(part), octave);
      }
    }
    return null;
  }

  private static int alter(String part) {
    int sharps = (int) part.chars().filter(c -> c == '#').count();
    int flats = (int) part.chars().filter(c -> c == '-').count();
    return Math.clamp(sharps - flats, -2, 2);
  }
}
