package org.ricercar.archive.scores;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ricercar.search.melody.Duration;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Layer;
import org.ricercar.search.melody.Note;
import org.ricercar.search.melody.Pitch;

/**
 * The line each staff of an MEI score carries in its first layer, as the score streams past: the
 * opening melody and the first line of the first verse. The first layer is the one numbered as the
 * first layer the staff ever had, or, unnumbered, the first in each measure.
 */
final class MeiStaffLines {

  private final Map<String, OpeningMelody> melodies = new HashMap<>();
  private final Map<String, String> melodyLayers = new HashMap<>();
  private final Map<String, LyricLine> lyrics = new HashMap<>();
  private final Map<String, String> verses = new HashMap<>();
  private String staff;
  private int layersInStaff;
  private boolean inMelody;
  private boolean inFirstLayer;

  /** The staff being read, null between staves. */
  String staff() {
    return staff;
  }

  void staff(String n) {
    staff = n;
    layersInStaff = 0;
  }

  void endStaff() {
    staff = null;
  }

  void layer(String n) {
    layersInStaff++;
    inFirstLayer = layersInStaff == 1;
    if (staff == null) {
      inMelody = false;
      return;
    }
    String melodyLayer = melodyLayers.computeIfAbsent(staff, s -> n == null ? "" : n);
    inMelody =
        inFirstLayer
            ? n == null || melodyLayer.isEmpty() || n.equals(melodyLayer)
            : n != null && n.equals(melodyLayer);
  }

  void endLayer() {
    inMelody = false;
    inFirstLayer = false;
  }

  void play(Pitch pitch, Duration length, Layer layer, boolean tied) {
    if (!inMelody) {
      return;
    }
    var note = new Note(pitch, length, layer);
    OpeningMelody melody = melodies.computeIfAbsent(staff, s -> new OpeningMelody());
    if (tied) {
      melody.addTied(note);
    } else {
      melody.add(note);
    }
  }

  /** The syllable under a note, if it belongs to the first verse sung on this staff. */
  void sing(MeiNote note) {
    if (!inFirstLayer || note.syllable() == null) {
      return;
    }
    String verse = verses.computeIfAbsent(staff, s -> note.verse());
    if (verse.equals(note.verse())) {
      lyrics
          .computeIfAbsent(staff, s -> new LyricLine())
          .syllable(note.syllable(), note.wordGoesOn());
    }
  }

  void rest(Duration length) {
    if (staff == null) {
      return;
    }
    if (inMelody) {
      melodies.computeIfAbsent(staff, s -> new OpeningMelody()).rest(length);
    }
    if (inFirstLayer && lyrics.containsKey(staff)) {
      lyrics.get(staff).pause();
    }
  }

  /** The opening of the highest staff that has a melody. */
  Optional<Incipit> incipit(List<String> staves) {
    return inScoreOrder(melodies, staves)
        .map(OpeningMelody::incipit)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The first line sung on the highest staff that sings; null when none does. */
  String lyricsIncipit(List<String> staves) {
    return inScoreOrder(lyrics, staves)
        .map(LyricLine::text)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** Each staff's value, staves in the order the score declares them, then any others. */
  private static <T> Stream<T> inScoreOrder(Map<String, T> byStaff, List<String> staves) {
    return Stream.concat(staves.stream(), byStaff.keySet().stream().sorted())
        .map(byStaff::get)
        .filter(Objects::nonNull);
  }
}
