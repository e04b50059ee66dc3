package org.ricercar.search.melody;

/**
 * A key: a tonic (step and alteration) and a mode, written as the catalogue shows it, e.g. "E-flat
 * major", "F-sharp minor", "A Dorian".
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

  /** The key signature the key is written with: three flats for C minor, one sharp for A Dorian. */
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
