package org.ricercar.search.melody;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a melody a member typed, in any {@link MelodyNotation}, into an {@link Incipit}. */
public final class MelodyInput {

  /** The longest text read; a search melody has at most a few dozen notes. */
  public static final int MAX_TEXT_LENGTH = 2000;

  private static final Pattern NOTE =
      Pattern.compile(
          "([a-g])(bb|b|##|#|x|n)?([0-9])?(?::([0-9]{1,3})/([0-9]{1,3}))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REST =
      Pattern.compile("r(?::([0-9]{1,3})/([0-9]{1,3}))?", Pattern.CASE_INSENSITIVE);
  private static final int FIRST_OCTAVE = 4;

  private MelodyInput() {}

  /**
   * Reads a typed melody.
   *
   * <p>Note names are words such as {@code c}, {@code F#5}, {@code bb3} (B flat), {@code Ex4} or
   * {@code r} (a rest), each optionally followed by a duration in whole notes, {@code :1/8} or
   * {@code :3/8}; without one a note is a quarter. Letters may be upper or lower case; the
   * accidentals are {@code #}, {@code b}, {@code x} (double sharp), {@code bb} and {@code n}
   * (natural). A note without an octave is put in the octave that makes it nearest to the note
   * before (in semitones, then in staff steps when two are equally near), the first in octave 4,
   * middle C's.
   *
   * @throws IllegalArgumentException with a message the member can act on when the text cannot be
   *     read or holds no note
   */
  public static Incipit parse(String text, MelodyNotation notation) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("enter a melody");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "a melody is at most " + MAX_TEXT_LENGTH + " characters long");
    }
    List<Note> notes =
        switch (notation) {
          case NOTE_NAMES -> noteNames(text);
          case ABC -> read("ABC", () -> AbcMelody.read(text, null, null, "1/8"));
          case PLAINE_EASIE ->
              read("Plaine & Easie code", () -> PlaineEasie.read(null, null, text));
        };
    if (notes.stream().allMatch(Note::isRest)) {
      throw new IllegalArgumentException("the melody has no notes, only rests");
    }
    return new Incipit(notes);
  }

  private static List<Note> read(String notation, Supplier<List<Note>> reading) {
    try {
      return reading.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the " + notation + " could not be read: " + e.getMessage(), e);
    }
  }

  private static List<Note> noteNames(String text) {
    var notes = new ArrayList<Note>();
    Pitch previous = null;
    for (String token : text.trim().split("\\s+")) {
      Matcher rest = REST.matcher(token);
      if (rest.matches()) {
        notes.add(Note.rest(duration(token, rest.group(1), rest.group(2))));
        continue;
      }
      Matcher note = NOTE.matcher(token);
      if (!note.matches()) {
        throw new IllegalArgumentException(
            "'"
                + token
                + "' is not a note: write a letter from a to g, then if needed an accidental"
                + " (#, b, x, bb or n), an octave (4 is middle C's) and a duration such as :1/8;"
                + " r is a rest");
      }
      char step = Character.toUpperCase(note.group(1).charAt(0));
      int alter = alter(note.group(2));
      Pitch pitch =
          note.group(3) != null
              ? new Pitch(step, alter, note.group(3).charAt(0) - '0')
              : nearest(step, alter, previous);
      notes.add(Note.of(pitch, duration(token, note.group(4), note.group(5))));
      previous = pitch;
    }
    return notes;
  }

  private static int alter(String accidental) {
    return switch (accidental == null ? "" : accidental.toLowerCase()) {
      case "#" -> 1;
      case "##", "x" -> 2;
      case "b" -> -1;
      case "bb" -> -2;
      default -> 0; // none, or n: a natural
    };
  }

  private static Duration duration(String token, String numerator, String denominator) {
    if (numerator == null) {
      return Duration.QUARTER;
    }
    int n = Integer.parseInt(numerator);
    int d = Integer.parseInt(denominator);
    if (n == 0 || d == 0) {
      throw new IllegalArgumentException(
          "'" + token + "' has no length: write a duration such as :1/4 or :3/8");
    }
    return new Duration(n, d);
  }

  /** The pitch of that spelling nearest the previous one, the first note's in octave 4. */
  private static Pitch nearest(char step, int alter, Pitch previous) {
    if (previous == null) {
      return new Pitch(step, alter, FIRST_OCTAVE);
    }
    Pitch best = null;
    for (int octave = previous.octave() - 1; octave <= previous.octave() + 1; octave++) {
      if (octave < 0 || octave > 9) {
        continue;
      }
      Pitch candidate = new Pitch(step, alter, octave);
      if (best == null || distance(candidate, previous) < distance(best, previous)) {
        best = candidate;
      }
    }
    return best;
  }

  /** Semitones apart, then staff steps apart to choose between a tritone up and one down. */
  private static int distance(Pitch a, Pitch b) {
    int steps = Math.abs(a.octave() * 7 + a.stepIndex() - (b.octave() * 7 + b.stepIndex()));
    return Math.abs(a.midi() - b.midi()) * 100 + steps;
  }
}
