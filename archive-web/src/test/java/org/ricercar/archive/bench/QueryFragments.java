package org.ricercar.archive.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ricercar.archive.it.SyntheticIncipits;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Note;

/**
 * Queries as the quality target describes them: a run of consecutive pitched notes from a
 * random place in an incipit, transposed, optionally with one note altered.
 */
final class QueryFragments {

  private QueryFragments() {}

  /**
   * {@code length} consecutive pitched notes of {@code incipit} (rests left out) from a random
   * start, moved by {@code semitones}; when {@code altered}, one of them moved again by 1 or 2
   * semitones up or down.
   */
  static Incipit fragment(
      Incipit incipit, int length, int semitones, boolean altered, Random random) {
    List<Note> pitched = incipit.pitched();
    int start = random.nextInt(pitched.size() - length + 1);
    int wrong = altered ? random.nextInt(length) : -1;
    int alteration = (random.nextBoolean() ? 1 : 2) * (random.nextBoolean() ? 1 : -1);
    var notes = new ArrayList<Note>();
    for (int i = 0; i < length; i++) {
      Note note = pitched.get(start + i);
      int midi = note.pitch().midi() + semitones + (i == wrong ? alteration : 0);
      notes.add(Note.of(SyntheticIncipits.spelled(midi), note.duration()));
    }
    return new Incipit(notes);
  }
}
