package org.ricercar.archive.scores;

import java.util.Optional;
import org.ricercar.search.melody.Pitch;

/**
 * Follows a streaming score to find its final bass note, the lowest note of the last measure that
 * has notes: where a piece ends tells its mode when the file gives only a key signature.
 */
final class FinalBass {

  private Pitch lowestInMeasure;
  private Pitch lowestInLastNotedMeasure;

  void measure() {
    if (lowestInMeasure != null) {
      lowestInLastNotedMeasure = lowestInMeasure;
    }
    lowestInMeasure = null;
  }

  void note(Pitch pitch) {
    if (lowestInMeasure == null || pitch.midi() < lowestInMeasure.midi()) {
      lowestInMeasure = pitch;
    }
  }

  Optional<Pitch> lowest() {
    return Optional.ofNullable(
        lowestInMeasure != null ? lowestInMeasure : lowestInLastNotedMeasure);
  }
}
