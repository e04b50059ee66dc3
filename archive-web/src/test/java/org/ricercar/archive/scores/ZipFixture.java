package org.ricercar.archive.scores;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small zip archives (compressed MusicXML, or not) for tests, entries in the given order.
 */
final class ZipFixture {

  /** A compressed MusicXML file's container naming one root score. */
  static String container(String rootPath) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <container>
          <rootfiles>
            <rootfile full-path="%s" media-type="application/vnd.recordare.musicxml+xml"/>
          </rootfiles>
        </container>
        """
        .formatted(rootPath);
  }

  private ZipFixture() {}

  static Path write(Path file, Map<String, String> entries) {
    try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(UTF_8));
        zip.closeEntry();
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes the central directory lie about an entry's uncompressed size, as a zip bomb's does; the
   * JDK's zip reader trusts the central directory.
   */
  static void declareSize(Path file, String entry, int size) {
    ByteBuffer zip = ByteBuffer.wrap(read(file)).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + 46 <= zip.limit(); at++) {
      if (zip.getInt(at) == 0x02014b50) {
        int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
        String name = new String(zip.array(), at + 46, nameLength, UTF_8);
        if (name.equals(entry)) {
          zip.putInt(at + 24, size);
        }
      }
    }
    write(file, zip.array());
  }

  /** Renames every entry called {@code from} to {@code to}, a name of the same length. */
  static void rename(Path file, String from, String to) {
    byte[] zip = read(file);
    byte[] old = from.getBytes(UTF_8);
    byte[] replacement = to.getBytes(UTF_8);
    for (int at = 0; at + old.length <= zip.length; at++) {
      if (Arrays.equals(zip, at, at + old.length, old, 0, old.length)) {
        System.arraycopy(replacement, 0, zip, at, replacement.length);
      }
    }
    write(file, zip);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
