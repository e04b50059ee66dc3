package org.ricercar.archive.scores;

import java.util.Optional;
import org.ricercar.search.melody.Key;
import org.ricercar.search.melody.Mode;
import org.ricercar.search.melody.Pitch;

/**
 * The key a score states or implies, as a {@link Key}: named by tonic and mode, given by a key
 * signature and mode, or judged from a signature and the piece's final bass note.
 */
final class ScoreKey {

  private ScoreKey() {}

  /** A key named by its tonic and mode; empty for a mode outside the church modes. */
  static Optional<Key> of(char step, int alter, String mode) {
    if ("CDEFGAB".indexOf(step) < 0 || alter < -1 || alter > 1) {
      return Optional.empty();
    }
    return Mode.named(mode).map(m -> new Key(step, alter, m));
  }

  /**
   * The key of a signature (sharps positive, flats negative) in a mode; empty for a mode outside
   * the church modes, such as MusicXML's "none".
   */
  static Optional<Key> ofSignature(int fifths, String mode) {
    return Mode.named(mode).flatMap(m -> Key.ofSignature(fifths, m));
  }

  /**
   * The key of a signature whose mode the file does not state, judged by the piece's final bass
   * note: major when it ends on the major tonic, minor on the relative minor's; empty when it ends
   * elsewhere (on the dominant, say), since guessing would put a wrong key in the catalogue.
   */
  static Optional<Key> ofSignatureEndingOn(int fifths, Pitch finalBass) {
    int bass = Math.floorMod(finalBass.midi(), 12);
    for (Mode mode : new Mode[] {Mode.MAJOR, Mode.MINOR}) {
      Optional<Key> key = Key.ofSignature(fifths, mode);
      if (key.isPresent() && key.get().pitchClass() == bass) {
        return key;
      }
    }
    return Optional.empty();
  }
}
