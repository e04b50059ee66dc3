package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Key;

/**
 * One MusicXML document (partwise or timewise) read in a single streaming pass into the work it
 * encodes. Only a few notes per part are kept, so memory does not grow with the score's length.
 */
final class MusicXmlScore {

  /** A field a notation program left as its template placeholder, e.g. "{{Work Number}}". */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*}}");

  private final boolean timewise;
  private final List<String> composers = new ArrayList<>();
  private final Map<String, String> credits = new LinkedHashMap<>();
  private final Map<String, String> partNames = new LinkedHashMap<>();
  private final Map<String, MusicXmlPart> parts = new LinkedHashMap<>();
  private String movementTitle;
  private String workTitle;
  private String workNumber;
  private String scorePart;
  private MusicXmlPart part;
  private Map<String, String> firstKey;
  private boolean keyChanges;
  private Metre metre;

  private MusicXmlScore(boolean timewise) {
    this.timewise = timewise;
  }

  /**
   * Reads the rest of a document whose root element, {@code score-partwise} or {@code
   * score-timewise}, the reader stands on.
   */
  static ExtractedWork read(XMLStreamReader reader) throws XMLStreamException {
    var score = new MusicXmlScore(reader.getLocalName().equals("score-timewise"));
    while (reader.hasNext()) {
      if (reader.next() == START_ELEMENT) {
        score.element(reader);
      }
    }
    return score.work();
  }

  private void element(XMLStreamReader reader) throws XMLStreamException {
    switch (reader.getLocalName()) {
      case "movement-title" -> movementTitle = ScoreText.tidy(reader.getElementText());
      case "work-title" -> workTitle = ScoreText.tidy(reader.getElementText());
      case "work-number" -> workNumber = ScoreText.tidy(reader.getElementText());
      case "creator" -> {
        if ("composer".equals(reader.getAttributeValue(null, "type"))) {
          addIfPresent(composers, ScoreText.tidy(reader.getElementText()));
        }
      }
      case "credit" -> {
        Map<String, String> credit = StreamedElement.leaves(reader);
        String type = credit.get("credit-type");
        if (type != null) {
          credits.putIfAbsent(type, ScoreText.tidy(credit.get("credit-words")));
        }
      }
      case "score-part" -> scorePart = reader.getAttributeValue(null, "id");
      case "part-name" -> partNames.putIfAbsent(scorePart, ScoreText.tidy(reader.getElementText()));
      case "part" -> {
        part =
            parts.computeIfAbsent(reader.getAttributeValue(null, "id"), id -> new MusicXmlPart());
        if (timewise) {
          part.measure();
        }
      }
      case "measure" -> {
        if (!timewise) {
          currentPart().measure();
        }
      }
      case "attributes" -> attributes(reader);
      case "note" -> currentPart().note(MusicXmlNote.read(reader, false));
      case "forward" -> currentPart().note(MusicXmlNote.read(reader, true));
      default -> {}
    }
  }

  private void attributes(XMLStreamReader reader) throws XMLStreamException {
    MusicXmlPart current = currentPart();
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == START_ELEMENT) {
        switch (reader.getLocalName()) {
          case "divisions" ->
              current.divisions(StreamedElement.integer(reader.getElementText(), "<divisions>"));
          case "key" -> key(StreamedElement.leaves(reader));
          case "time" -> {
            String symbol = reader.getAttributeValue(null, "symbol");
            Map<String, String> time = StreamedElement.leaves(reader);
            if (metre == null) {
              metre = Metre.of(time.get("beats"), time.get("beat-type"), symbol).orElse(null);
            }
          }
          case "clef" -> {
            if ("percussion".equals(StreamedElement.leaves(reader).get("sign"))) {
              current.percussion();
            }
          }
          default -> depth++;
        }
      } else if (event == END_ELEMENT) {
        depth--;
      }
    }
  }

  private void key(Map<String, String> key) {
    if (!key.containsKey("fifths")) {
      return;
    }
    if (firstKey == null) {
      firstKey = key;
    } else if (!Objects.equals(firstKey.get("fifths"), key.get("fifths"))) {
      keyChanges = true;
    }
  }

  private MusicXmlPart currentPart() {
    if (part == null) {
      throw new IllegalArgumentException("music outside any <part>");
    }
    return part;
  }

  private ExtractedWork work() {
    String title = firstPresent(movementTitle, workTitle, credits.get("title"));
    if (composers.isEmpty()) {
      addIfPresent(composers, credits.get("composer"));
    }
    Incipit incipit =
        parts.values().stream()
            .map(MusicXmlPart::incipit)
            .flatMap(Optional::stream)
            .findFirst()
            .orElse(null);
    if (title == null && incipit == null) {
      throw new RejectedFileException("a MusicXML file with neither a title nor any notes");
    }
    return new ExtractedWork(
        null,
        title,
        List.of(),
        composers.stream().distinct().toList(),
        Map.of(),
        workNumber == null || PLACEHOLDER.matcher(workNumber).matches() ? null : workNumber,
        key().map(Key::toString).orElse(null),
        metre == null ? null : metre.toString(),
        List.of(),
        partNames.values().stream().filter(Objects::nonNull).toList(),
        parts.values().stream()
            .map(MusicXmlPart::lyricsIncipit)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null),
        incipit,
        null);
  }

  /**
   * The opening key: as the file states it, or, when the file gives only a signature (MuseScore
   * writes no mode), as the final bass note of the lowest part shows it, if the key never changes.
   */
  private Optional<Key> key() {
    if (firstKey == null) {
      return Optional.empty();
    }
    int fifths = StreamedElement.integer(firstKey.get("fifths"), "<fifths>");
    if (firstKey.containsKey("mode")) {
      return ScoreKey.ofSignature(fifths, firstKey.get("mode"));
    }
    if (keyChanges || parts.isEmpty()) {
      return Optional.empty();
    }
    return parts.values().stream()
        .reduce((upper, lower) -> lower.finalBass().isPresent() ? lower : upper)
        .flatMap(MusicXmlPart::finalBass)
        .flatMap(bass -> ScoreKey.ofSignatureEndingOn(fifths, bass));
  }

  private static String firstPresent(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }

  private static void addIfPresent(List<String> list, String value) {
    if (value != null) {
      list.add(value);
    }
  }
}
