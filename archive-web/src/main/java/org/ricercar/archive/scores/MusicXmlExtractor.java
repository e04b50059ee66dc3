package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uncompressed MusicXML score (partwise or timewise): title, composers, opus number, key,
 * metre, parts, the first line of the lyrics and the incipit of the first part that has a melody.
 * The document is streamed, never held whole, so a 50 MB score costs little memory.
 */
public final class MusicXmlExtractor implements ScoreExtractor {

  private static final Set<String> ROOTS = Set.of("score-partwise", "score-timewise");

  @Override
  public List<ExtractedWork> extract(Path file, IngestLimits limits) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return List.of(read(in, limits));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a MusicXML document from a stream, e.g. the root file of a compressed score. */
  ExtractedWork read(InputStream in, IngestLimits limits) {
    XMLStreamReader reader = SafeXml.open(in, limits);
    try {
      while (reader.next() != START_ELEMENT) {
        // the prolog: declaration, comments, DOCTYPE
      }
      String namespace = reader.getNamespaceURI();
      if ((namespace != null && !namespace.isEmpty()) || !ROOTS.contains(reader.getLocalName())) {
        throw new RejectedFileException(
            "not a MusicXML score: its root element is <" + reader.getLocalName() + ">");
      }
      return MusicXmlScore.read(reader);
    } catch (XMLStreamException e) {
      throw SafeXml.rejection(e);
    } catch (IllegalArgumentException e) {
      throw StreamedElement.malformed("MusicXML", reader, e);
    }
  }
}
