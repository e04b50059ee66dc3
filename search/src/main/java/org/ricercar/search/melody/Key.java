package org.ricercar.search.melody;

import java.util.Optional;

/**
 * A key: a tonic (step and alteration) and a mode, written as the catalogue shows it, e.g. "E-flat
 * major", "F-sharp minor", "A dorian", the way the catalogue spells keys.
 */
public record Key(char tonic, int alter, Mode mode) {

  private static final String STEPS = "CDEFGAB";
  private static final int[] MAJOR_FIFTHS = {0, 2, 4, -1, 1, 3, 5};

  public Key {
    if (STEPS.indexOf(tonic) < 0) {
      throw new IllegalArgumentException("a tonic is one of C D E F G A B, not " + tonic);
    }
    if (alter < -1 || alter > 1) {
      throw new IllegalArgumentException("a tonic is flat, natural or sharp, not " + alter);
    }
    if (mode == null) {
      throw new IllegalArgumentException("a key needs a mode");
    }
  }

  private static final String STEPS_BY_FIFTHS = "FCGDAEB";

  /**
   * The key in this mode whose signature has this many fifths (sharps positive, flats negative);
   * empty when its tonic would need a double accidental.
   */
  public static Optional<Key> ofSignature(int fifths, Mode mode) {
    int index = fifths - mode.fifthsFromMajor() + 1;
    int alter = Math.floorDiv(index, 7);
    if (alter < -1 || alter > 1) {
      return Optional.empty();
    }
    return Optional.of(new Key(STEPS_BY_FIFTHS.charAt(Math.floorMod(index, 7)), alter, mode));
  }

  /** The tonic's pitch class, C = 0 to B = 11. */
  public int pitchClass() {
    return Math.floorMod(new Pitch(tonic, alter, 4).midi(), 12);
  }

  /** The key signature the key is written with: three flats for C minor, no sharps for A dorian. */
  public KeySignature signature() {
    return KeySignature.ofFifths(
        MAJOR_FIFTHS[STEPS.indexOf(tonic)] + 7 * alter + mode.fifthsFromMajor());
  }

  @Override
  public String toString() {
    String accidental =
        switch (alter) {
          case -1 -> "-flat";
          case 1 -> "-sharp";
          default -> "";
        };
    return tonic + accidental + " " + mode;
  }
}
