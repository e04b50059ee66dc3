package org.ricercar.archive.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ricercar.archive.catalogue.InvalidDetailsException;

/**
 * The files under a folder inside the configured import root. Neither the folder nor any file may
 * lead outside the root, through ".." or a symbolic link.
 */
final class FolderEntries implements ImportEntries {

  private final Path folder;
  private final List<String> paths;

  private FolderEntries(Path folder, List<String> paths) {
    this.folder = folder;
    this.paths = paths;
  }

  /**
   * The folder named relative to the root, once it is known to be a real folder inside it.
   *
   * @throws InvalidDetailsException naming the field {@code folder} otherwise
   */
  static Path resolve(Path root, String relative) {
    try {
      Path realRoot = root.toRealPath();
      Path candidate = realRoot.resolve(relative).normalize();
      if (!candidate.startsWith(realRoot) || !Files.isDirectory(candidate)) {
        throw notAFolder();
      }
      Path real = candidate.toRealPath();
      if (!real.startsWith(realRoot)) {
        throw notAFolder();
      }
      return real;
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw notAFolder();
    }
  }

  static FolderEntries open(Path folder) {
    try (Stream<Path> walk = Files.walk(folder, 32)) {
      List<String> paths =
          walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
              .map(path -> folder.relativize(path).toString().replace('\\', '/'))
              .filter(path -> !ImportEntries.isSystemFile(path))
              .sorted()
              .toList();
      return new FolderEntries(folder, paths);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> paths() {
    return paths;
  }

  @Override
  public InputStream open(String path) {
    Path file = folder.resolve(path).normalize();
    if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalStateException(path + " is no longer a file inside " + folder);
    }
    try {
      return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {}

  private static InvalidDetailsException notAFolder() {
    return new InvalidDetailsException(
        "folder", "must name an existing folder inside the import root, such as \"incoming/2026\"");
  }
}
