package org.ricercar.search.melody;

/** The mode of a key: major, minor or one of the church modes. */
public enum Mode {
  MAJOR("major", 0),
  MINOR("minor", -3),
  DORIAN("Dorian", -2),
  PHRYGIAN("Phrygian", -4),
  LYDIAN("Lydian", 1),
  MIXOLYDIAN("Mixolydian", -1),
  LOCRIAN("Locrian", -5);

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
  int fifthsFromMajor() {
    return fifths;
  }

  /** The name as a key is written, e.g. "minor" in "A minor", "Dorian" in "D Dorian". */
  @Override
  public String toString() {
    return label;
  }
}
