package org.ricercar.archive.scores;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small zip archives (compressed MusicXML, or not) for tests, entries in the given order. */
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
}
