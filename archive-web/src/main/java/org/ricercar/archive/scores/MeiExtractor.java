package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Key;

/**
 * Reads an MEI document: title and composers from the header, the key and metre the header's work
 * gives (or else the score's opening definitions), performing forces (or else staff labels),
 * movement titles, the first line of the lyrics and the incipit of the first staff's first layer.
 * The document is streamed, never held whole.
 */
public final class MeiExtractor implements ScoreExtractor {

  static final String NAMESPACE = "http://www.music-encoding.org/ns/mei";

  @Override
  public List<ExtractedWork> extract(Path file, IngestLimits limits) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      XMLStreamReader reader = SafeXml.open(in, limits);
      try {
        return List.of(read(reader));
      } catch (XMLStreamException e) {
        throw SafeXml.rejection(e);
      } catch (IllegalArgumentException e) {
        throw StreamedElement.malformed("MEI", reader, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExtractedWork read(XMLStreamReader reader) throws XMLStreamException {
    while (reader.next() != START_ELEMENT) {
      // the prolog: declaration, processing instructions, comments
    }
    if (!NAMESPACE.equals(reader.getNamespaceURI()) || !reader.getLocalName().equals("mei")) {
      throw new RejectedFileException(
          "not an MEI document: its root element is <" + reader.getLocalName() + ">");
    }
    MeiHeader header = null;
    MeiMusic music = null;
    while (reader.hasNext()) {
      if (reader.next() == START_ELEMENT) {
        switch (reader.getLocalName()) {
          case "meiHead" -> header = MeiHeader.read(reader);
          case "music" -> music = MeiMusic.read(reader);
          default -> {}
        }
      }
    }
    if (header == null || music == null) {
      throw new RejectedFileException(
          "an MEI document without " + (header == null ? "a header (<meiHead>)" : "<music>"));
    }
    return work(header, music);
  }

  private static ExtractedWork work(MeiHeader header, MeiMusic music) {
    Incipit incipit = music.incipit().orElse(null);
    if (header.title() == null && incipit == null) {
      throw new RejectedFileException("an MEI document with neither a title nor any notes");
    }
    MeiOpening opening = music.opening();
    return new ExtractedWork(
        null,
        header.title(),
        List.of(),
        header.composers(),
        Map.of(),
        header.catalogueNumber(),
        key(header, music).map(Key::toString).orElse(null),
        Optional.ofNullable(header.metre())
            .or(() -> Optional.ofNullable(opening.metre()))
            .map(Metre::toString)
            .orElse(null),
        movements(header, music),
        header.performers().isEmpty() ? opening.labels() : header.performers(),
        music.lyricsIncipit(),
        incipit,
        null);
  }

  /**
   * The key the header's work names; else the key the score declares; else, from a bare key
   * signature that never changes, the key the final bass note shows.
   */
  private static Optional<Key> key(MeiHeader header, MeiMusic music) {
    MeiOpening opening = music.opening();
    Optional<Key> declared =
        Optional.ofNullable(header.key()).or(() -> Optional.ofNullable(opening.declaredKey()));
    if (declared.isPresent() || opening.signature() == null || music.keyChanges()) {
      return declared;
    }
    return music
        .finalBass()
        .flatMap(bass -> ScoreKey.ofSignatureEndingOn(opening.signature(), bass));
  }

  /** Labelled divisions when there are several; else the work list's titles, if several. */
  private static List<String> movements(MeiHeader header, MeiMusic music) {
    if (music.movementLabels().size() > 1) {
      return music.movementLabels();
    }
    return header.workTitles().size() > 1 ? header.workTitles() : List.of();
  }
}
