package org.ricercar.archive.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ricercar.archive.scores.IngestLimits;
import org.ricercar.archive.scores.RejectedFileException;

/**
 * The files in an uploaded zip, read in place: nothing is extracted to disk except one file at a
 * time into the store's staging area, with its size bounded while it inflates.
 */
final class ZipEntries implements ImportEntries {

  /** The most files one zip may hold. */
  static final int MAX_ENTRIES = 100_000;

  private final ZipFile zip;
  private final List<String> paths;

  private ZipEntries(ZipFile zip, List<String> paths) {
    this.zip = zip;
    this.paths = paths;
  }

  /**
   * Opens a zip and checks its table of contents: a readable zip, not too many entries, no entry's
   * name leaving the archive, and a declared total size within the import limit.
   *
   * @throws RejectedFileException when the zip as a whole is unacceptable
   */
  static ZipEntries open(Path file, String name, IngestLimits limits) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new RejectedFileException(name + ": not a readable zip archive");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      if (zip.size() > MAX_ENTRIES) {
        throw new RejectedFileException(
            name + ": holds more than " + MAX_ENTRIES + " entries; split it into several imports");
      }
      var paths = new ArrayList<String>();
      long declared = 0;
      for (ZipEntry entry : zip.stream().toList()) {
        String path = entry.getName();
        if (path.startsWith("/")
            || path.contains("\\")
            || path.contains(":")
            || List.of(path.split("/")).contains("..")) {
          throw new RejectedFileException(
              name + ": entry \"" + path + "\" would be placed outside the archive");
        }
        if (entry.isDirectory() || ImportEntries.isSystemFile(path)) {
          continue;
        }
        declared += Math.max(0, entry.getSize());
        paths.add(path);
      }
      if (declared > limits.maxImportBytes()) {
        throw new RejectedFileException(
            name + ": expands beyond " + (limits.maxImportBytes() >> 20) + " MB");
      }
      paths.sort(null);
      return new ZipEntries(zip, List.copyOf(paths));
    } catch (RuntimeException e) {
      closeQuietly(zip);
      throw e;
    }
  }

  @Override
  public List<String> paths() {
    return paths;
  }

  @Override
  public InputStream open(String path) {
    try {
      ZipEntry entry = zip.getEntry(path);
      if (entry.getCompressedSize() > 0
          && entry.getSize() > (1 << 20)
          && entry.getSize() / entry.getCompressedSize() > 100) {
        throw new RejectedFileException(
            "compresses more than 100 to 1, as zip bombs do; not inflated");
      }
      return zip.getInputStream(entry);
    } catch (ZipException e) {
      throw new RejectedFileException("a damaged zip entry: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // Nothing was written through it.
    }
  }
}
