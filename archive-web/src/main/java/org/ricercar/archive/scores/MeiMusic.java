package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ricercar.search.melody.Duration;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Layer;
import org.ricercar.search.melody.Pitch;

/**
 * The {@code <music>} of an MEI document, streamed: the labels of its divisions ({@code mdiv}), and
 * from its first score (or part) that has notes the opening definitions, each staff's line (see
 * {@link MeiStaffLines}), the sounding pitch of each note and the final bass note. Beams and
 * tuplets are containers, a chord gives its top note, grace notes are left out, only the first
 * reading of an {@code <app>} or {@code <choice>} counts, and notes inside {@code <supplied>} are
 * marked as supplied.
 */
final class MeiMusic {

  private final List<String> movementLabels = new ArrayList<>();
  private final Map<String, MeiAccidentals> accidentals = new HashMap<>();
  private final Deque<String> path = new ArrayDeque<>();
  private final Deque<Duration> tuplets = new ArrayDeque<>();
  private final Deque<int[]> alternatives = new ArrayDeque<>();
  private MeiOpening opening = new MeiOpening();
  private FinalBass finalBass = new FinalBass();
  private MeiStaffLines lines = new MeiStaffLines();
  private int scopeDepth;
  private boolean scopeEnded;
  private boolean measured;
  private boolean keyChanges;
  private Integer changedSignature;
  private int supplied;
  private Chord chord;

  /** An open {@code <chord>}: its length, and its top note so far. */
  private static final class Chord {
    final Duration length;
    final boolean tied;
    Pitch top;
    MeiNote sung;

    Chord(Duration length, boolean tied) {
      this.length = length;
      this.tied = tied;
    }
  }

  /** Reads the {@code <music>} element the reader stands on, consuming it. */
  static MeiMusic read(XMLStreamReader reader) throws XMLStreamException {
    var music = new MeiMusic();
    music.path.push("music");
    while (!music.path.isEmpty()) {
      int event = reader.next();
      if (event == START_ELEMENT) {
        String name = reader.getLocalName();
        if (!music.consumed(reader, name)) {
          music.path.push(name);
        }
      } else if (event == END_ELEMENT) {
        music.end(reader.getLocalName());
        music.path.pop();
      }
    }
    return music;
  }

  MeiOpening opening() {
    return opening;
  }

  /** The labels of the divisions (movements, acts, scenes), in order. */
  List<String> movementLabels() {
    return movementLabels;
  }

  /** The opening of the highest staff that has a melody. */
  Optional<Incipit> incipit() {
    return lines.incipit(opening.staves());
  }

  /** The first line sung on the highest staff that sings; null when none does. */
  String lyricsIncipit() {
    return lines.lyricsIncipit(opening.staves());
  }

  /** Whether the key signature changes after the opening. */
  boolean keyChanges() {
    return keyChanges;
  }

  Optional<Pitch> finalBass() {
    return finalBass.lowest();
  }

  /** Handles an element's start; true when its whole subtree has been read. */
  private boolean consumed(XMLStreamReader reader, String name) throws XMLStreamException {
    if (name.equals("mdiv")) {
      String label = ScoreText.tidy(reader.getAttributeValue(null, "label"));
      if (label != null) {
        movementLabels.add(label);
      }
    }
    if (scopeDepth == 0 && (name.equals("score") || name.equals("part"))) {
      scopeDepth = path.size() + 1;
    }
    if (scopeDepth == 0 || scopeEnded) {
      return false;
    }
    if (alternative()) {
      StreamedElement.skip(reader);
      return true;
    }
    switch (name) {
      case "scoreDef", "staffDef" -> {
        if (!measured) {
          opening.read(reader);
          return true;
        }
        String changed = reader.getAttributeValue(null, "keysig");
        keySignature(
            changed != null ? changed : reader.getAttributeValue(null, "key.sig"),
            name.equals("staffDef") ? reader.getAttributeValue(null, "n") : null);
      }
      case "keySig" -> {
        if (measured) {
          keySignature(reader.getAttributeValue(null, "sig"), lines.staff());
        }
      }
      case "measure" -> {
        measured = true;
        finalBass.measure();
        accidentals.values().forEach(MeiAccidentals::measure);
      }
      case "staff" -> lines.staff(reader.getAttributeValue(null, "n"));
      case "layer" -> lines.layer(reader.getAttributeValue(null, "n"));
      case "tuplet" -> tuplets.push(ratio(reader));
      case "app", "choice" -> alternatives.push(new int[1]);
      case "supplied" -> supplied++;
      case "graceGrp" -> {
        StreamedElement.skip(reader);
        return true;
      }
      case "chord" -> {
        if (reader.getAttributeValue(null, "grace") != null) {
          StreamedElement.skip(reader);
          return true;
        }
        chord =
            new Chord(
                length(reader.getAttributeValue(null, "dur"), dots(reader)),
                MeiNote.continuesTie(reader.getAttributeValue(null, "tie")));
      }
      case "note" -> {
        note(MeiNote.read(reader));
        return true;
      }
      case "rest", "space" -> rest(length(reader.getAttributeValue(null, "dur"), dots(reader)));
      case "mRest", "mSpace" -> rest(opening.measureLength());
      case "multiRest" -> {
        String num = reader.getAttributeValue(null, "num");
        Duration measure = opening.measureLength();
        if (measure != null && num != null) {
          int count = StreamedElement.integer(num, "@num");
          rest(count > 0 && count < 10_000 ? measure.times(count, 1) : null);
        }
      }
      default -> {}
    }
    return false;
  }

  private void end(String name) {
    if (scopeDepth == 0 || scopeEnded) {
      return;
    }
    switch (name) {
      case "tuplet" -> tuplets.pop();
      case "app", "choice" -> alternatives.pop();
      case "supplied" -> supplied--;
      case "chord" -> endChord();
      case "staff" -> lines.endStaff();
      case "layer" -> lines.endLayer();
      default -> {}
    }
    if (path.size() == scopeDepth) {
      endScope();
    }
  }

  /** The end of the score read: done if it had notes, else the next score is read instead. */
  private void endScope() {
    if (finalBass.lowest().isPresent()) {
      scopeEnded = true;
      return;
    }
    scopeDepth = 0;
    opening = new MeiOpening();
    finalBass = new FinalBass();
    measured = false;
    keyChanges = false;
    changedSignature = null;
    lines = new MeiStaffLines();
    accidentals.clear();
  }

  /**
   * Whether this element is a second or later reading inside an {@code <app>} or {@code <choice>}.
   */
  private boolean alternative() {
    String parent = path.peek();
    if (!"app".equals(parent) && !"choice".equals(parent)) {
      return false;
    }
    return alternatives.peek()[0]++ > 0;
  }

  private void note(MeiNote note) {
    String staff = lines.staff();
    if (note.grace() || note.cue() || staff == null || note.pname() == null || note.oct() == null) {
      return;
    }
    Pitch pitch =
        accidentals
            .computeIfAbsent(staff, this::staffAccidentals)
            .pitch(note.pname(), note.oct(), note.accid(), note.accidGes());
    finalBass.note(pitch);
    if (chord != null) {
      if (chord.top == null || pitch.midi() > chord.top.midi()) {
        chord.top = pitch;
      }
      if (chord.sung == null && note.syllable() != null) {
        chord.sung = note;
      }
      return;
    }
    Duration length = length(note.dur(), note.dots());
    if (length != null) {
      lines.play(pitch, length, layer(), note.tied());
      lines.sing(note);
    }
  }

  private void endChord() {
    Chord ended = chord;
    chord = null;
    if (ended.top != null && ended.length != null) {
      lines.play(ended.top, ended.length, layer(), ended.tied);
      if (ended.sung != null) {
        lines.sing(ended.sung);
      }
    }
  }

  /** Whether the notes being read are the source's, or supplied by an editor. */
  private Layer layer() {
    return supplied > 0 ? Layer.SUPPLIED : Layer.VERBATIM;
  }

  private void rest(Duration length) {
    if (length != null) {
      lines.rest(length);
    }
  }

  private void keySignature(String signature, String staffN) {
    Integer fifths = MeiAccidentals.fifths(signature);
    if (fifths == null) {
      return;
    }
    if (opening.signature() == null || fifths.intValue() != opening.signature()) {
      keyChanges = true;
    }
    if (staffN == null) {
      changedSignature = fifths;
      accidentals.values().forEach(staffAccidentals -> staffAccidentals.signature(fifths));
    } else {
      accidentals.computeIfAbsent(staffN, this::staffAccidentals).signature(fifths);
    }
  }

  private MeiAccidentals staffAccidentals(String staffN) {
    return new MeiAccidentals(changedSignature != null ? changedSignature : opening.fifths(staffN));
  }

  private Duration length(String dur, int dots) {
    Duration length = MeiNote.length(dur, dots);
    if (length == null) {
      return null;
    }
    for (Duration ratio : tuplets) {
      length = length.times(ratio.numerator(), ratio.denominator());
    }
    return length;
  }

  /** A tuplet's ratio of written to sounding length: 2/3 for a triplet ("3 in the time of 2"). */
  private static Duration ratio(XMLStreamReader reader) {
    String num = reader.getAttributeValue(null, "num");
    String numbase = reader.getAttributeValue(null, "numbase");
    int actual = num == null ? 3 : StreamedElement.integer(num, "@num");
    int normal = numbase == null ? 2 : StreamedElement.integer(numbase, "@numbase");
    if (actual <= 0 || normal <= 0 || actual > 1000 || normal > 1000) {
      throw new IllegalArgumentException("a tuplet of " + num + " in the time of " + numbase);
    }
    return new Duration(normal, actual);
  }

  private static int dots(XMLStreamReader reader) {
    String dots = reader.getAttributeValue(null, "dots");
    return dots == null ? 0 : StreamedElement.integer(dots, "@dots");
  }
}
