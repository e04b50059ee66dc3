package org.ricercar.search.internal;

import java.util.List;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Layer;
import org.ricercar.search.melody.Note;

/**
 * An incipit as melodic search compares it: the intervals between its consecutive pitched notes,
 * rests passed over. Interval {@code k} leads from pitched note {@code k} to {@code k + 1}; it has
 * a size in semitones (which makes the sequence the same in every transposition), a direction, and
 * the ratio of the second note's duration to the first's (which makes it the same at every tempo
 * and note value).
 */
final class IntervalSequence {

  private final int[] semitones;
  private final int[] ratioNumerators;
  private final int[] ratioDenominators;
  private final boolean[] supplied;
  private final int[] noteIndexes;

  private IntervalSequence(int pitchedNotes) {
    int intervals = Math.max(pitchedNotes - 1, 0);
    semitones = new int[intervals];
    ratioNumerators = new int[intervals];
    ratioDenominators = new int[intervals];
    supplied = new boolean[intervals];
    noteIndexes = new int[pitchedNotes];
  }

  static IntervalSequence of(Incipit incipit) {
    List<Note> notes = incipit.notes();
    int pitched = (int) notes.stream().filter(n -> !n.isRest()).count();
    var sequence = new IntervalSequence(pitched);
    int k = 0;
    boolean suppliedSincePrevious = false;
    for (int index = 0; index < notes.size(); index++) {
      Note note = notes.get(index);
      suppliedSincePrevious |= note.layer() == Layer.SUPPLIED;
      if (note.isRest()) {
        continue;
      }
      sequence.noteIndexes[k] = index;
      if (k > 0) {
        Note previous = notes.get(sequence.noteIndexes[k - 1]);
        sequence.semitones[k - 1] = note.pitch().midi() - previous.pitch().midi();
        long numerator = (long) note.duration().numerator() * previous.duration().denominator();
        long denominator = (long) note.duration().denominator() * previous.duration().numerator();
        long gcd = gcd(numerator, denominator);
        sequence.ratioNumerators[k - 1] = (int) (numerator / gcd);
        sequence.ratioDenominators[k - 1] = (int) (denominator / gcd);
        sequence.supplied[k - 1] = suppliedSincePrevious;
      }
      // The next interval starts at this note: it is supplied material if this note is.
      suppliedSincePrevious = note.layer() == Layer.SUPPLIED;
      k++;
    }
    return sequence;
  }

  /** How many intervals: one fewer than pitched notes. */
  int length() {
    return semitones.length;
  }

  int semitones(int k) {
    return semitones[k];
  }

  /** Up (1), down (-1) or a repeated note (0). */
  int direction(int k) {
    return Integer.signum(semitones[k]);
  }

  boolean sameRatio(int k, IntervalSequence other, int otherK) {
    return ratioNumerators[k] == other.ratioNumerators[otherK]
        && ratioDenominators[k] == other.ratioDenominators[otherK];
  }

  /** The duration ratio as a reduced fraction, e.g. {@code 1/2} for a quarter then an eighth. */
  String ratio(int k) {
    return ratioNumerators[k] + "/" + ratioDenominators[k];
  }

  /**
   * Whether interval {@code k} rests on supplied material: either of its notes, or a rest between
   * them, was supplied by an editor or a model.
   */
  boolean supplied(int k) {
    return supplied[k];
  }

  /** Whether any of intervals {@code from} (inclusive) to {@code to} rests on supplied material. */
  boolean supplied(int from, int to) {
    for (int k = from; k < to; k++) {
      if (supplied[k]) {
        return true;
      }
    }
    return false;
  }

  /** The index among the incipit's notes, rests included, of pitched note {@code k}. */
  int noteIndex(int k) {
    return noteIndexes[k];
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
