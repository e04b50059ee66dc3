package org.ricercar.archive.scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ricercar.search.melody.Duration;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Note;
import org.ricercar.search.melody.Pitch;

/**
 * Collects the opening of one voice while a score streams past: leading rests are dropped, a chord
 * keeps its top note, a tied note lengthens the note it continues, and collecting stops one note
 * after {@link Incipit#WANTED_NOTES}, so a long score costs no more than a short one.
 */
final class OpeningMelody {

  private final List<Note> notes = new ArrayList<>();
  private int pitched;

  /** Whether enough notes have been collected for an incipit. */
  private boolean isComplete() {
    return pitched > Incipit.WANTED_NOTES;
  }

  void add(Note note) {
    if (isComplete() || (note.isRest() && notes.isEmpty())) {
      return;
    }
    notes.add(note);
    if (!note.isRest()) {
      pitched++;
    }
  }

  /** A note tied from the previous one: one longer note when the pitch is the same. */
  void addTied(Note note) {
    if (!notes.isEmpty() && !isComplete()) {
      Note last = notes.getLast();
      if (!last.isRest() && last.pitch().equals(note.pitch())) {
        notes.set(
            notes.size() - 1,
            new Note(last.pitch(), last.duration().plus(note.duration()), last.layer()));
        return;
      }
    }
    add(note);
  }

  /** Another note of the chord just added: the melody keeps the chord's highest note. */
  void addChordTone(Pitch pitch) {
    if (notes.isEmpty() || isComplete()) {
      return;
    }
    Note last = notes.getLast();
    if (!last.isRest() && pitch.midi() > last.pitch().midi()) {
      notes.set(notes.size() - 1, new Note(pitch, last.duration(), last.layer()));
    }
  }

  /** A rest of this length, unless it leads the melody. */
  void rest(Duration duration) {
    add(Note.rest(duration));
  }

  Optional<Incipit> incipit() {
    return Incipit.opening(notes);
  }
}
