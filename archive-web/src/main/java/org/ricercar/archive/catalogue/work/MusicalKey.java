package org.ricercar.archive.catalogue.work;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a key as librarians write it ("Eb major", "f# minor", "E-flat", "d dorian") and gives its
 * one canonical spelling ("E-flat major", "F-sharp minor"), so keys compare and facet cleanly.
 */
public final class MusicalKey {

  /** Accepted spellings; the validation message lists examples. */
  public static final String PATTERN =
      "(?i)\\s*([A-G])\\s*(#|♯|b|♭|-?sharp|-?flat|\\s+sharp|\\s+flat)?"
          + "(?:\\s+(major|minor|dorian|phrygian|lydian|mixolydian|aeolian|locrian))?\\s*";

  private static final Pattern KEY = Pattern.compile(PATTERN);

  private MusicalKey() {}

  /** The canonical spelling, or the text unchanged when it is not a key (validation reports it). */
  public static String canonical(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = KEY.matcher(text);
    if (!m.matches()) {
      return text;
    }
    String tonic = m.group(1).toUpperCase(Locale.ROOT);
    String accidental = m.group(2) == null ? "" : m.group(2).strip().toLowerCase(Locale.ROOT);
    String mode = m.group(3) == null ? "major" : m.group(3).toLowerCase(Locale.ROOT);
    if (accidental.equals("#") || accidental.equals("♯") || accidental.endsWith("sharp")) {
      tonic += "-sharp";
    } else if (!accidental.isEmpty()) {
      tonic += "-flat";
    }
    return tonic + " " + mode;
  }
}
