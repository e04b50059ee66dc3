package org.ricercar.archive.scores;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ricercar.search.melody.Pitch;

/**
 * The key a score states or implies, named as the catalogue spells keys (see {@link
 * org.ricercar.archive.catalogue.work.MusicalKey}), e.g. "E-flat major", "F-sharp minor" or "D
 * dorian": the tonic's step and alteration and the mode.
 */
record ScoreKey(char step, int alter, String mode) {

  /** Where each mode's tonic lies from the major tonic of the same signature, in fifths. */
  private static final Map<String, Integer> MODES =
      Map.of(
          "major",
          0,
          "minor",
          3,
          "ionian",
          0,
          "dorian",
          2,
          "phrygian",
          4,
          "lydian",
          -1,
          "mixolydian",
          1,
          "aeolian",
          3,
          "locrian",
          5);

  private static final String STEPS_BY_FIFTHS = "FCGDAEB";

  ScoreKey {
    if ("CDEFGAB".indexOf(step) < 0 || alter < -2 || alter > 2 || !MODES.containsKey(mode)) {
      throw new IllegalArgumentException("not a key: " + step + alter + " " + mode);
    }
  }

  /** A key named by its tonic and mode; empty for a mode outside the church modes. */
  static Optional<ScoreKey> of(char step, int alter, String mode) {
    String name = modeName(mode);
    if (name == null || "CDEFGAB".indexOf(step) < 0 || alter < -2 || alter > 2) {
      return Optional.empty();
    }
    return Optional.of(new ScoreKey(step, alter, name));
  }

  /**
   * The key of a signature (sharps positive, flats negative) in a mode; empty for a mode outside
   * the church modes, such as MusicXML's "none".
   */
  static Optional<ScoreKey> ofSignature(int fifths, String mode) {
    String name = modeName(mode);
    if (name == null) {
      return Optional.empty();
    }
    return tonic(fifths + MODES.get(name), name);
  }

  /**
   * The key of a signature whose mode the file does not state, judged by the piece's final bass
   * note: major when it ends on the major tonic, minor on the relative minor's; empty when it ends
   * elsewhere (on the dominant, say), since guessing would put a wrong key in the catalogue.
   */
  static Optional<ScoreKey> ofSignatureEndingOn(int fifths, Pitch finalBass) {
    for (String mode : new String[] {"major", "minor"}) {
      Optional<ScoreKey> key = ofSignature(fifths, mode);
      if (key.isPresent() && key.get().pitchClass() == Math.floorMod(finalBass.midi(), 12)) {
        return key;
      }
    }
    return Optional.empty();
  }

  private static String modeName(String mode) {
    String name = mode == null ? null : mode.strip().toLowerCase(Locale.ROOT);
    return MODES.containsKey(name) ? name : null;
  }

  private static Optional<ScoreKey> tonic(int fifthsFromC, String mode) {
    int index = fifthsFromC + 1;
    int alter = Math.floorDiv(index, 7);
    if (alter < -2 || alter > 2) {
      return Optional.empty();
    }
    return Optional.of(new ScoreKey(STEPS_BY_FIFTHS.charAt(Math.floorMod(index, 7)), alter, mode));
  }

  private int pitchClass() {
    return Math.floorMod(new Pitch(step, alter, 4).midi(), 12);
  }

  @Override
  public String toString() {
    String accidental =
        switch (alter) {
          case -2 -> "-double-flat";
          case -1 -> "-flat";
          case 1 -> "-sharp";
          case 2 -> "-double-sharp";
          default -> "";
        };
    return step + accidental + " " + mode;
  }
}
