package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A compressed MusicXML file ({@code .mxl}) opened with the JDK's zip reader, hardened: entry
 * count, declared sizes and compression ratios are checked before anything is inflated, and
 * inflated bytes are counted against the declared sizes while reading, since a zip bomb's headers
 * lie. Entry names must stay inside the archive and be unique; nothing is ever extracted to disk.
 */
final class MxlArchive implements AutoCloseable {

  static final String CONTAINER = "META-INF/container.xml";

  private final ZipFile zip;
  private final IngestLimits limits;

  private MxlArchive(ZipFile zip, IngestLimits limits) {
    this.zip = zip;
    this.limits = limits;
  }

  /** Opens the archive, rejecting it if its central directory promises too much. */
  static MxlArchive open(Path file, IngestLimits limits) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new RejectedFileException("a damaged zip archive: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var archive = new MxlArchive(zip, limits);
    try {
      archive.checkEntries();
      return archive;
    } catch (RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  /**
   * The score named by the first rootfile of {@code META-INF/container.xml}, as a stream that
   * inflates as it is read. It stays readable until the archive is closed.
   */
  InputStream rootScore() {
    String path = rootfilePath();
    if (path.startsWith("/") || path.contains("\\") || escapes(path)) {
      throw new RejectedFileException(
          "the score's path in " + CONTAINER + " leaves the archive: " + path);
    }
    ZipEntry entry = zip.getEntry(path);
    if (entry == null || entry.isDirectory()) {
      throw new RejectedFileException(
          CONTAINER + " names a score that is not in the archive: " + path);
    }
    return inflate(entry);
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkEntries() {
    if (zip.size() > limits.maxArchiveEntries()) {
      throw new RejectedFileException(
          "archive holds "
              + zip.size()
              + " entries, more than the "
              + limits.maxArchiveEntries()
              + " allowed");
    }
    Set<String> names = new HashSet<>();
    long total = 0;
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      ZipEntry entry = entries.nextElement();
      String name = entry.getName();
      if (name.startsWith("/") || name.contains("\\") || name.contains(":") || escapes(name)) {
        throw new RejectedFileException("archive entry name leaves the archive: " + name);
      }
      if (entry.getSize() < 0) {
        throw new RejectedFileException("archive entry " + name + " does not declare its size");
      }
      if (!names.add(name)) {
        throw new RejectedFileException("archive holds two entries named " + name);
      }
      total += entry.getSize();
      if (total > limits.maxExpandedBytes()) {
        throw new RejectedFileException(
            "archive expands beyond " + (limits.maxExpandedBytes() >> 20) + " MB");
      }
      long ratio = entry.getSize() / Math.max(entry.getCompressedSize(), 1);
      if (ratio > limits.maxCompressionRatio()) {
        throw new RejectedFileException(
            "archive entry "
                + name
                + " is compressed "
                + ratio
                + " to 1, beyond the "
                + limits.maxCompressionRatio()
                + " to 1 allowed (a zip bomb?)");
      }
    }
  }

  private String rootfilePath() {
    ZipEntry container = zip.getEntry(CONTAINER);
    if (container == null) {
      throw new RejectedFileException("a zip archive without " + CONTAINER);
    }
    try (InputStream in = new BufferedInputStream(inflate(container))) {
      XMLStreamReader reader = SafeXml.open(in, limits);
      while (reader.hasNext()) {
        if (reader.next() == START_ELEMENT && reader.getLocalName().equals("rootfile")) {
          String path = reader.getAttributeValue(null, "full-path");
          if (path == null || path.isBlank()) {
            break;
          }
          return path.strip();
        }
      }
      throw new RejectedFileException(CONTAINER + " names no score (no rootfile full-path)");
    } catch (XMLStreamException e) {
      throw SafeXml.rejection(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private InputStream inflate(ZipEntry entry) {
    try {
      return new DeclaredSize(zip.getInputStream(entry), entry);
    } catch (ZipException e) {
      throw new RejectedFileException("a damaged zip archive: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean escapes(String path) {
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /**
   * An entry's inflating stream held to the size the central directory declares. Declared sizes
   * have passed the total and ratio checks, so holding the real bytes to them holds those too.
   */
  private static final class DeclaredSize extends FilterInputStream {

    private final ZipEntry entry;
    private long count;

    DeclaredSize(InputStream in, ZipEntry entry) {
      super(in);
      this.entry = entry;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) {
      count += n;
      if (count > entry.getSize()) {
        throw new RejectedFileException(
            "archive entry "
                + entry.getName()
                + " inflates to more than the "
                + entry.getSize()
                + " bytes its header declares (a zip bomb?)");
      }
    }
  }
}
