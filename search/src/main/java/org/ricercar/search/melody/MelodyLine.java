package org.ricercar.search.melody;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes of one melodic line as a reader meets them, in written order. Tied notes are kept apart
 * while reading, so that a reader can still repeat or rescale what it wrote, and joined into one
 * sounding note by {@link #notes()}.
 */
public final class MelodyLine {

  private record Event(Note note, boolean tiedToNext) {}

  private final List<Event> events = new ArrayList<>();

  public void note(Pitch pitch, Duration duration) {
    events.add(new Event(Note.of(pitch, duration), false));
  }

  public void rest(Duration duration) {
    events.add(new Event(Note.rest(duration), false));
  }

  /** Ties the last note to the next one; nothing happens after a rest or before any note. */
  public void tie() {
    if (!events.isEmpty() && !events.getLast().note().isRest()) {
      events.set(events.size() - 1, new Event(events.getLast().note(), true));
    }
  }

  /** A pitch sounding together with the last note: the line keeps the higher of the two. */
  public void chordWith(Pitch pitch) {
    if (events.isEmpty() || events.getLast().note().isRest()) {
      throw new IllegalArgumentException("a chord note needs a note before it");
    }
    Event last = events.getLast();
    if (pitch.midi() > last.note().pitch().midi()) {
      events.set(
          events.size() - 1, new Event(Note.of(pitch, last.note().duration()), last.tiedToNext()));
    }
  }

  /** How many notes and rests have been written so far. */
  int size() {
    return events.size();
  }

  /** Writes again the notes and rests from position {@code from} (inclusive) to {@code to}. */
  void repeat(int from, int to) {
    events.addAll(List.copyOf(events.subList(from, to)));
  }

  /** Multiplies the durations of everything written from position {@code from} on. */
  void scaleFrom(int from, int numerator, int denominator) {
    for (int i = from; i < events.size(); i++) {
      Event event = events.get(i);
      Note note = event.note();
      events.set(
          i,
          new Event(
              new Note(note.pitch(), note.duration().times(numerator, denominator), note.layer()),
              event.tiedToNext()));
    }
  }

  /** The total written duration from position {@code from} on, or null when nothing is there. */
  Duration durationFrom(int from) {
    Duration total = null;
    for (Event event : events.subList(from, events.size())) {
      total = total == null ? event.note().duration() : total.plus(event.note().duration());
    }
    return total;
  }

  /** The line as it sounds: each run of tied notes of one pitch becomes one longer note. */
  public List<Note> notes() {
    var joined = new ArrayList<Note>();
    boolean tied = false;
    for (Event event : events) {
      Note note = event.note();
      if (tied && !note.isRest() && note.pitch().midi() == joined.getLast().pitch().midi()) {
        Note held = joined.removeLast();
        joined.add(new Note(held.pitch(), held.duration().plus(note.duration()), held.layer()));
      } else {
        joined.add(note);
      }
      tied = event.tiedToNext();
    }
    return joined;
  }
}
