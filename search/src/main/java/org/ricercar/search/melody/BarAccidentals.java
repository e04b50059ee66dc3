package org.ricercar.search.melody;

import java.util.HashMap;
import java.util.Map;

/**
 * The alteration a written note sounds with, as a reader of conventional notation decides it: the
 * note's own accidental, else the last one written at the same step and octave earlier in the bar,
 * else the key signature's.
 */
final class BarAccidentals {

  private KeySignature signature;
  private final Map<String, Integer> writtenInBar = new HashMap<>();

  BarAccidentals(KeySignature signature) {
    this.signature = signature;
  }

  /** A new key signature, which also ends the accidentals written so far. */
  void change(KeySignature signature) {
    this.signature = signature;
    writtenInBar.clear();
  }

  void barline() {
    writtenInBar.clear();
  }

  /**
   * The pitch of a note written at this step and octave.
   *
   * @param written the note's own accidental in semitones, or null when it has none
   */
  Pitch pitch(char step, int octave, Integer written) {
    String place = step + String.valueOf(octave);
    if (written != null) {
      writtenInBar.put(place, written);
    }
    int alter = writtenInBar.getOrDefault(place, signature.alterOf(step));
    return new Pitch(step, alter, octave);
  }
}
