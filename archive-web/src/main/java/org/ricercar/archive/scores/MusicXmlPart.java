package org.ricercar.archive.scores;

import java.util.Optional;
import org.ricercar.search.melody.Duration;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Note;
import org.ricercar.search.melody.Pitch;

/**
 * One part of a MusicXML score as it streams past: the opening of its top voice (the voice of the
 * first note on the first staff, voice 1 as notation programs write it), the first line of that
 * voice's lyrics, and the part's final bass note.
 */
final class MusicXmlPart {

  private final OpeningMelody melody = new OpeningMelody();
  private final LyricLine lyrics = new LyricLine();
  private final FinalBass finalBass = new FinalBass();
  private int divisions = 1;
  private boolean percussion;
  private String melodyVoice;
  private String lyricNumber;

  void measure() {
    finalBass.measure();
  }

  void divisions(int divisionsPerQuarter) {
    if (divisionsPerQuarter <= 0) {
      throw new IllegalArgumentException("<divisions> should be positive");
    }
    divisions = divisionsPerQuarter;
  }

  /** A part on a percussion staff, whose notes are no melody. */
  void percussion() {
    percussion = true;
  }

  void note(MusicXmlNote note) {
    if (note.pitch() != null && !note.cue()) {
      finalBass.note(note.pitch());
    }
    if (percussion || !inMelodyVoice(note)) {
      return;
    }
    if (note.chord()) {
      if (note.pitch() != null) {
        melody.addChordTone(note.pitch());
      }
      return;
    }
    Duration length = note.length(divisions);
    if (length == null) {
      return;
    }
    if (note.rest()) {
      melody.rest(length);
      lyrics.pause();
    } else if (note.pitch() != null) {
      Note sounding = Note.of(note.pitch(), length);
      if (note.tieStop()) {
        melody.addTied(sounding);
      } else {
        melody.add(sounding);
      }
      sing(note);
    }
  }

  Optional<Incipit> incipit() {
    return percussion ? Optional.empty() : melody.incipit();
  }

  /** The first line of the part's first verse; null when the part sings none. */
  String lyricsIncipit() {
    return lyrics.text();
  }

  Optional<Pitch> finalBass() {
    return finalBass.lowest();
  }

  private boolean inMelodyVoice(MusicXmlNote note) {
    if (note.grace() || note.cue() || (note.staff() != null && !note.staff().equals("1"))) {
      return false;
    }
    String voice = note.voice() == null ? "1" : note.voice();
    if (melodyVoice == null) {
      melodyVoice = voice;
    }
    return voice.equals(melodyVoice);
  }

  private void sing(MusicXmlNote note) {
    if (note.syllable() == null) {
      return;
    }
    if (lyricNumber == null) {
      lyricNumber = note.lyricNumber();
    }
    if (lyricNumber.equals(note.lyricNumber())) {
      lyrics.syllable(note.syllable(), note.wordGoesOn());
    }
  }
}
