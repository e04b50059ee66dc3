package org.ricercar.archive.scores;

import static java.nio.charset.StandardCharsets.UTF_8;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Recognises a file's format by its content, never by its name: magic bytes for binary formats, the
 * root element for XML (read through {@link SafeXml}), header lines for ABC and Humdrum. A zip
 * renamed {@code .musicxml} or a PDF renamed {@code .mei} is found out; the name only helps the
 * rejection message say what went wrong.
 */
public final class FormatDetector {

  private static final int HEAD_BYTES = 64 * 1024;
  private static final String MARC_NAMESPACE = "http://www.loc.gov/MARC21/slim";
  private static final Pattern ABC_REFERENCE = Pattern.compile("(?m)^X:[ \\t]*\\d*[ \\t]*$");
  private static final Pattern ABC_KEY = Pattern.compile("(?m)^K:");
  private static final Pattern LINES = Pattern.compile("\\R");

  private final IngestLimits limits;

  public FormatDetector(IngestLimits limits) {
    this.limits = limits;
  }

  /**
   * The file's format.
   *
   * @param filename the name it was uploaded or imported under, for messages only
   * @throws RejectedFileException when the file is empty, too large, of no format the archive
   *     reads, or hostile XML
   */
  public ScoreFormat detect(Path file, String filename) {
    long size = size(file);
    if (size == 0) {
      throw new RejectedFileException("an empty file: " + quoted(filename));
    }
    if (size > limits.maxFileBytes()) {
      throw new RejectedFileException(
          quoted(filename)
              + " is larger than the "
              + (limits.maxFileBytes() >> 20)
              + " MB allowed");
    }
    byte[] head = head(file);
    return magic(head)
        .or(() -> zip(head, file, filename))
        .or(() -> xml(head, file))
        .or(() -> text(head))
        .orElseThrow(
            () ->
                new RejectedFileException(
                    "not a recognised format: "
                        + quoted(filename)
                        + " is none of MusicXML, compressed MusicXML, MEI, ABC, Humdrum **kern,"
                        + " MARCXML, PDF, PNG, JPEG, TIFF, FLAC, MP3, Ogg or WAV"));
  }

  /**
   * The file's format, which must be one of those accepted where the file was supplied (score
   * encodings only, say).
   */
  public ScoreFormat detect(Path file, String filename, Set<ScoreFormat> accepted) {
    ScoreFormat format = detect(file, filename);
    if (!accepted.contains(format)) {
      throw new RejectedFileException(
          "not accepted here: "
              + quoted(filename)
              + " is "
              + describe(format)
              + "; expected "
              + accepted.stream()
                  .sorted()
                  .map(FormatDetector::describe)
                  .collect(Collectors.joining(", ")));
    }
    return format;
  }

  /** What a format is, in words, e.g. "a PDF document". */
  private static String describe(ScoreFormat format) {
    return switch (format) {
      case MUSICXML -> "a MusicXML score";
      case MXL -> "a compressed MusicXML score";
      case MEI -> "an MEI encoding";
      case ABC -> "an ABC tune file";
      case HUMDRUM -> "a Humdrum **kern score";
      case MARCXML -> "a MARCXML catalogue record";
      case PDF -> "a PDF document";
      case PNG -> "a PNG image";
      case JPEG -> "a JPEG image";
      case TIFF -> "a TIFF image";
      case FLAC -> "a FLAC recording";
      case MP3 -> "an MP3 recording";
      case OGG -> "an Ogg recording";
      case WAV -> "a WAV recording";
    };
  }

  private static Optional<ScoreFormat> magic(byte[] head) {
    if (startsWith(head, "%PDF-")) {
      return Optional.of(ScoreFormat.PDF);
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
      return Optional.of(ScoreFormat.PNG);
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(ScoreFormat.JPEG);
    }
    if (startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*')) {
      return Optional.of(ScoreFormat.TIFF);
    }
    if (startsWith(head, "fLaC")) {
      return Optional.of(ScoreFormat.FLAC);
    }
    if (startsWith(head, "OggS")) {
      return Optional.of(ScoreFormat.OGG);
    }
    if (startsWith(head, "RIFF") && startsWith(head, 8, "WAVE".chars().toArray())) {
      return Optional.of(ScoreFormat.WAV);
    }
    if (startsWith(head, "ID3") || mpegFrame(head)) {
      return Optional.of(ScoreFormat.MP3);
    }
    return Optional.empty();
  }

  /** An MPEG audio frame header: 11 sync bits, then a valid version, layer, bitrate and rate. */
  private static boolean mpegFrame(byte[] head) {
    if (head.length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xE0) != 0xE0) {
      return false;
    }
    int version = (head[1] >> 3) & 0b11;
    int layer = (head[1] >> 1) & 0b11;
    int bitrate = (head[2] >> 4) & 0b1111;
    int sampleRate = (head[2] >> 2) & 0b11;
    return version != 0b01 && layer != 0b00 && bitrate != 0b1111 && sampleRate != 0b11;
  }

  private static Optional<ScoreFormat> zip(byte[] head, Path file, String filename) {
    if (!startsWith(head, 'P', 'K', 3, 4) && !startsWith(head, 'P', 'K', 5, 6)) {
      return Optional.empty();
    }
    try (var zip = new ZipFile(file.toFile())) {
      if (zip.getEntry(MxlArchive.CONTAINER) == null) {
        throw new RejectedFileException(
            "a zip archive that is not a compressed MusicXML file: "
                + quoted(filename)
                + " has no "
                + MxlArchive.CONTAINER);
      }
      return Optional.of(ScoreFormat.MXL);
    } catch (ZipException e) {
      throw new RejectedFileException(
          "a damaged zip archive: " + quoted(filename) + " (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** XML by its first character; which XML by its root element's name and namespace. */
  private Optional<ScoreFormat> xml(byte[] head, Path file) {
    if (!looksLikeXml(head)) {
      return Optional.empty();
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      XMLStreamReader reader = SafeXml.open(in, limits);
      while (reader.next() != START_ELEMENT) {
        // the prolog: declaration, comments, DOCTYPE (whose external entities SafeXml refuses)
      }
      String name = reader.getLocalName();
      String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
      if (namespace.isEmpty() && (name.equals("score-partwise") || name.equals("score-timewise"))) {
        return Optional.of(ScoreFormat.MUSICXML);
      }
      if (namespace.equals(MeiExtractor.NAMESPACE) && name.equals("mei")) {
        return Optional.of(ScoreFormat.MEI);
      }
      if (namespace.equals(MARC_NAMESPACE)
          && (name.equals("collection") || name.equals("record"))) {
        return Optional.of(ScoreFormat.MARCXML);
      }
      throw new RejectedFileException(
          "not a recognised format: an XML document whose root element <"
              + name
              + (namespace.isEmpty() ? "" : " xmlns=\"" + namespace + "\"")
              + "> is not MusicXML, MEI or MARCXML");
    } catch (XMLStreamException e) {
      throw SafeXml.rejection(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean looksLikeXml(byte[] head) {
    if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
      return true;
    }
    int start = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < head.length; i++) {
      if (!Character.isWhitespace(head[i])) {
        return head[i] == '<';
      }
    }
    return false;
  }

  /** ABC by its reference-number line and key line; Humdrum by a **kern spine. */
  private static Optional<ScoreFormat> text(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    String text = new String(head, UTF_8);
    if (ABC_REFERENCE.matcher(text).find() && ABC_KEY.matcher(text).find()) {
      return Optional.of(ScoreFormat.ABC);
    }
    return LINES
        .splitAsStream(text)
        .filter(line -> !line.isBlank() && !line.startsWith("!"))
        .findFirst()
        .filter(line -> line.startsWith("**") && Arrays.asList(line.split("\t")).contains("**kern"))
        .map(line -> ScoreFormat.HUMDRUM);
  }

  private static boolean startsWith(byte[] head, String ascii) {
    return startsWith(head, 0, ascii.chars().toArray());
  }

  private static boolean startsWith(byte[] head, int... expected) {
    return startsWith(head, 0, expected);
  }

  private static boolean startsWith(byte[] head, int offset, int[] expected) {
    if (head.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((head[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quoted(String filename) {
    return "\"" + filename + "\"";
  }
}
