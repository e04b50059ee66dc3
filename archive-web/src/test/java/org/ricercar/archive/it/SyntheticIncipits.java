package org.ricercar.archive.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ricercar.search.melody.Duration;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Layer;
import org.ricercar.search.melody.Note;
import org.ricercar.search.melody.Pitch;

/**
 * Generates incipits that look like real ones to an index, from a seed: random walks of 12 to 20
 * notes, mostly steps with occasional leaps, kept within two and a half octaves; a rhythmic cell of
 * common values repeated with variations; a rest in some; a few notes supplied by an editor in
 * about 5 %.
 */
public final class SyntheticIncipits {

  /** Interval sizes and how often they occur, as in vocal and instrumental melodies. */
  private static final char[] STEPS = {'C', 'C', 'D', 'D', 'E', 'F', 'F', 'G', 'G', 'A', 'A', 'B'};

  private static final int[] ALTERS = {0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0};

  private static final int[] SIZES = {0, 1, 2, 3, 4, 5, 7, 8, 12};

  private static final int[] SIZE_WEIGHTS = {10, 22, 34, 12, 8, 7, 4, 2, 1};
  private static final Duration[][] CELLS = {
    {d(1, 8)},
    {d(1, 4)},
    {d(1, 4), d(1, 8), d(1, 8)},
    {d(3, 8), d(1, 8)},
    {d(3, 16), d(1, 16)},
    {d(1, 8), d(1, 16), d(1, 16)},
    {d(1, 2), d(1, 4), d(1, 4)},
    {d(1, 16)},
  };
  private static final Duration[] VARIATIONS = {d(1, 4), d(1, 2), d(1, 8), d(3, 8)};

  private final Random random;

  public SyntheticIncipits(long seed) {
    this.random = new Random(seed);
  }

  public Incipit next() {
    int length = 12 + random.nextInt(9);
    Duration[] cell = CELLS[random.nextInt(CELLS.length)];
    boolean withRest = random.nextInt(5) == 0;
    int suppliedFrom = random.nextInt(20) == 0 ? 1 + random.nextInt(length - 2) : -1;
    int suppliedTo = suppliedFrom + 1 + random.nextInt(3);
    List<Note> notes = new ArrayList<>();
    int midi = 57 + random.nextInt(18);
    for (int i = 0; i < length; i++) {
      Duration duration =
          random.nextInt(8) == 0
              ? VARIATIONS[random.nextInt(VARIATIONS.length)]
              : cell[i % cell.length];
      Layer layer = i >= suppliedFrom && i < suppliedTo ? Layer.SUPPLIED : Layer.VERBATIM;
      notes.add(new Note(spelled(midi), duration, layer));
      if (withRest && i == length / 2) {
        notes.add(Note.rest(duration));
      }
      midi = next(midi);
    }
    return new Incipit(notes);
  }

  /** The next pitch: a weighted interval, turning back towards the middle near the edges. */
  private int next(int midi) {
    int pick = random.nextInt(100);
    int size = 0;
    for (int i = 0; i < SIZES.length; i++) {
      pick -= SIZE_WEIGHTS[i];
      if (pick < 0) {
        size = SIZES[i];
        break;
      }
    }
    boolean up = midi < 55 || (midi <= 79 && random.nextBoolean());
    return midi + (up ? size : -size);
  }

  /** The pitch of a MIDI key number, black keys spelled as sharps. */
  public static Pitch spelled(int midi) {
    return new Pitch(STEPS[midi % 12], ALTERS[midi % 12], midi / 12 - 1);
  }

  private static Duration d(int numerator, int denominator) {
    return new Duration(numerator, denominator);
  }
}
