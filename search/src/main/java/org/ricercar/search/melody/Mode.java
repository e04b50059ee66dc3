package org.ricercar.search.melody;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The mode of a key: major, minor or one of the church modes. */
public enum Mode {
  MAJOR("major", 0),
  MINOR("minor", -3),
  DORIAN("dorian", -2),
  PHRYGIAN("phrygian", -4),
  LYDIAN("lydian", 1),
  MIXOLYDIAN("mixolydian", -1),
  LOCRIAN("locrian", -5);

  private final String label;
  private final int fifths;

  Mode(String label, int fifths) {
    this.label = label;
    this.fifths = fifths;
  }

  /**
   * How many fifths this mode's key signature lies from the major key on the same tonic: D Dorian
   * has no sharps, two fewer than D major.
   */
  /** The mode a file names, e.g. "Minor", "dorian", "ionian" (major) or "aeolian" (minor). */
  public static Optional<Mode> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return switch (wanted) {
      case "ionian" -> Optional.of(MAJOR);
      case "aeolian" -> Optional.of(MINOR);
      default -> Arrays.stream(values()).filter(m -> m.label.equals(wanted)).findFirst();
    };
  }

  int fifthsFromMajor() {
    return fifths;
  }

  /**
   * The name as the catalogue writes it in a key, e.g. "minor" in "A minor", "dorian" in "D
   * dorian".
   */
  @Override
  public String toString() {
    return label;
  }
}
