package org.ricercar.search.melody;

/**
 * A spelled pitch: a letter step (C to B), an alteration in semitones (-2 to +2) and a scientific
 * octave number (C4 is middle C).
 */
public record Pitch(char step, int alter, int octave) {

  private static final String STEPS = "CDEFGAB";
  private static final int[] SEMITONES = {0, 2, 4, 5, 7, 9, 11};

  public Pitch {
    if (STEPS.indexOf(step) < 0) {
      throw new IllegalArgumentException("step must be one of C D E F G A B, not " + step);
    }
    if (alter < -2 || alter > 2) {
      throw new IllegalArgumentException("alteration must be between -2 and +2, not " + alter);
    }
    if (octave < 0 || octave > 9) {
      throw new IllegalArgumentException("octave must be between 0 and 9, not " + octave);
    }
  }

  /** The MIDI key number: C4 is 60. */
  public int midi() {
    return 12 * (octave + 1) + SEMITONES[STEPS.indexOf(step)] + alter;
  }

  /** Index of the step within the octave, C = 0 to B = 6. */
  public int stepIndex() {
    return STEPS.indexOf(step);
  }

  /** The text form, e.g. {@code C4}, {@code F#5}, {@code Bb3}, {@code Ebb2}. */
  @Override
  public String toString() {
    return step + (alter >= 0 ? "#".repeat(alter) : "b".repeat(-alter)) + octave;
  }

  static Pitch parse(String text) {
    if (text.length() < 2) {
      throw new IllegalArgumentException("not a pitch: " + text);
    }
    char step = text.charAt(0);
    String accidentals = text.substring(1, text.length() - 1);
    int alter =
        switch (accidentals) {
          case "" -> 0;
          case "#" -> 1;
          case "##" -> 2;
          case "b" -> -1;
          case "bb" -> -2;
          default -> throw new IllegalArgumentException("not a pitch: " + text);
        };
    char octave = text.charAt(text.length() - 1);
    if (octave < '0' || octave > '9') {
      throw new IllegalArgumentException("not a pitch: " + text);
    }
    return new Pitch(step, alter, octave - '0');
  }
}
