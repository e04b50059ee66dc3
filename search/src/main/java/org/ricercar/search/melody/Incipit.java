package org.ricercar.search.melody;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The opening melody of a work's top voice, in the one representation every notation format is read
 * into: spelled pitches with octaves, durations as fractions of a whole note, and rests. Its text
 * form ({@link #toString()}, read back by {@link #parse(String)}) is what the archive stores, e.g.
 * {@code "G4:1/4 C5:3/8 B4:1/8 r:1/4"}.
 */
public record Incipit(List<Note> notes) {

  /** How many pitched notes an extractor keeps from the opening (rests in between are kept). */
  public static final int WANTED_NOTES = 20;

  /** The longest text form the archive stores. */
  public static final int MAX_TEXT_LENGTH = 2000;

  public Incipit {
    notes = List.copyOf(notes);
    if (notes.stream().noneMatch(n -> !n.isRest())) {
      throw new IllegalArgumentException("an incipit needs at least one pitched note");
    }
  }

  /**
   * The opening of a melody: the notes up to and including the {@link #WANTED_NOTES}th pitched one,
   * without leading or trailing rests; empty when the melody has no pitched note.
   */
  public static Optional<Incipit> opening(List<Note> melody) {
    var kept = new ArrayList<Note>();
    int pitched = 0;
    for (Note note : melody) {
      if (note.isRest() && kept.isEmpty()) {
        continue;
      }
      kept.add(note);
      if (!note.isRest() && ++pitched == WANTED_NOTES) {
        break;
      }
    }
    while (!kept.isEmpty() && kept.getLast().isRest()) {
      kept.removeLast();
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(new Incipit(kept));
  }

  /** Reads the text form written by {@link #toString()}. */
  public static Incipit parse(String text) {
    return new Incipit(
        Arrays.stream(text.trim().split("\\s+")).map(Note::parse).collect(Collectors.toList()));
  }

  /** The pitched notes only, in order. */
  public List<Note> pitched() {
    return notes.stream().filter(n -> !n.isRest()).toList();
  }

  @Override
  public String toString() {
    return notes.stream().map(Note::toString).collect(Collectors.joining(" "));
  }
}
