package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ricercar.search.melody.Duration;
import org.ricercar.search.melody.Pitch;

/**
 * One MusicXML {@code <note>} (or {@code <forward>}, read as a rest), with what the incipit and the
 * lyrics need from it.
 *
 * @param pitch the sounding pitch; null for a rest or an unpitched (percussion) note
 * @param rest a rest, or a forward
 * @param type the written type ("quarter"), null when not given
 * @param duration the length in the part's divisions per quarter note, 0 when not given
 * @param lyricNumber the number (verse) of the note's first lyric, null without lyrics
 * @param syllable the first lyric's text, null without lyrics
 * @param wordGoesOn whether the first lyric's word continues on the next note
 */
record MusicXmlNote(
    Pitch pitch,
    boolean rest,
    boolean measureRest,
    boolean chord,
    boolean grace,
    boolean cue,
    String type,
    int dots,
    int actualNotes,
    int normalNotes,
    double duration,
    String voice,
    String staff,
    boolean tieStop,
    String lyricNumber,
    String syllable,
    boolean wordGoesOn) {

  private static final Map<String, Duration> TYPES =
      Map.ofEntries(
          Map.entry("maxima", new Duration(8, 1)),
          Map.entry("long", new Duration(4, 1)),
          Map.entry("breve", new Duration(2, 1)),
          Map.entry("whole", new Duration(1, 1)),
          Map.entry("half", new Duration(1, 2)),
          Map.entry("quarter", new Duration(1, 4)),
          Map.entry("eighth", new Duration(1, 8)),
          Map.entry("16th", new Duration(1, 16)),
          Map.entry("32nd", new Duration(1, 32)),
          Map.entry("64th", new Duration(1, 64)),
          Map.entry("128th", new Duration(1, 128)),
          Map.entry("256th", new Duration(1, 256)),
          Map.entry("512th", new Duration(1, 512)),
          Map.entry("1024th", new Duration(1, 1024)));

  private static final int MAX_DOTS = 4;
  private static final int MAX_TUPLET = 1000;

  /**
   * Reads the {@code <note>} or {@code <forward>} the reader stands on.
   *
   * @param forward whether it is a {@code <forward>}: time passing in a voice without a note
   */
  static MusicXmlNote read(XMLStreamReader reader, boolean forward) throws XMLStreamException {
    var note = new Reading();
    note.rest = forward;
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == START_ELEMENT && !note.readWhole(reader)) {
        note.mark(reader);
        depth++;
      } else if (event == END_ELEMENT) {
        depth--;
      }
    }
    return note.toNote();
  }

  /** What has been read of one note so far. */
  private static final class Reading {
    String step;
    String alter;
    String octave;
    boolean rest;
    boolean measureRest;
    boolean chord;
    boolean grace;
    boolean cue;
    String type;
    int dots;
    int actual;
    int normal;
    double duration;
    String voice;
    String staff;
    boolean tieStop;
    String lyricNumber;
    String syllabic;
    String syllable;

    /** Reads a child that carries text, consuming it; false for any other child. */
    boolean readWhole(XMLStreamReader reader) throws XMLStreamException {
      switch (reader.getLocalName()) {
        case "step" -> step = reader.getElementText();
        case "alter" -> alter = reader.getElementText();
        case "octave" -> octave = reader.getElementText();
        case "type" -> type = reader.getElementText().strip();
        case "duration" -> duration = decimal(reader.getElementText(), "<duration>");
        case "voice" -> voice = reader.getElementText().strip();
        case "staff" -> staff = reader.getElementText().strip();
        case "actual-notes" ->
            actual = StreamedElement.integer(reader.getElementText(), "<actual-notes>");
        case "normal-notes" ->
            normal = StreamedElement.integer(reader.getElementText(), "<normal-notes>");
        case "lyric" -> readLyric(reader);
        default -> {
          return false;
        }
      }
      return true;
    }

    /** Notes what an empty or structural child says, e.g. {@code <chord/>}. */
    void mark(XMLStreamReader reader) {
      switch (reader.getLocalName()) {
        case "rest" -> {
          rest = true;
          measureRest = "yes".equals(reader.getAttributeValue(null, "measure"));
        }
        case "chord" -> chord = true;
        case "grace" -> grace = true;
        case "cue" -> cue = true;
        case "dot" -> dots++;
        case "tie" -> tieStop |= "stop".equals(reader.getAttributeValue(null, "type"));
        default -> {}
      }
    }

    /** Keeps the first lyric; later verses are passed over. */
    private void readLyric(XMLStreamReader reader) throws XMLStreamException {
      if (lyricNumber != null) {
        StreamedElement.skip(reader);
        return;
      }
      String number = reader.getAttributeValue(null, "number");
      lyricNumber = number == null ? "1" : number.strip();
      Map<String, String> lyric = StreamedElement.leaves(reader);
      syllabic = lyric.get("syllabic");
      syllable = lyric.get("text");
    }

    MusicXmlNote toNote() {
      return new MusicXmlNote(
          step == null || rest ? null : pitch(step, alter, octave),
          rest,
          measureRest,
          chord,
          grace,
          cue,
          type,
          Math.min(dots, MAX_DOTS),
          actual,
          normal,
          duration,
          voice,
          staff,
          tieStop,
          lyricNumber,
          syllable,
          "begin".equals(syllabic) || "middle".equals(syllabic));
    }
  }

  /**
   * The written length as a fraction of a whole note, from the note's type, dots and tuplet ratio,
   * or else from its duration in divisions; null when the note gives neither.
   */
  Duration length(int divisionsPerQuarter) {
    Duration written = type == null ? null : TYPES.get(type);
    if (written != null && !measureRest) {
      if (dots > 0) {
        written = written.times((1 << (dots + 1)) - 1, 1 << dots);
      }
      if (actualNotes > 0
          && normalNotes > 0
          && actualNotes <= MAX_TUPLET
          && normalNotes <= MAX_TUPLET) {
        written = written.times(normalNotes, actualNotes);
      }
      return written;
    }
    if (duration > 0 && duration == Math.rint(duration) && duration < Integer.MAX_VALUE) {
      return new Duration((int) duration, 4 * divisionsPerQuarter);
    }
    return null;
  }

  private static Pitch pitch(String step, String alter, String octave) {
    String letter = step.strip();
    if (letter.length() != 1) {
      throw new IllegalArgumentException("<step> should be a letter from A to G, not " + step);
    }
    int semitones = alter == null ? 0 : (int) Math.round(decimal(alter, "<alter>"));
    return new Pitch(letter.charAt(0), semitones, StreamedElement.integer(octave, "<octave>"));
  }

  private static double decimal(String text, String what) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " should be a number, not \"" + text + "\"");
    }
  }
}
