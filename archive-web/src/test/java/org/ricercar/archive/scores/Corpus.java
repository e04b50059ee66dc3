package org.ricercar.archive.scores;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of real, openly licensed scores and records ({@code ../shared/corpus} beside
 * the project, or the folder named by the {@code ricercar.corpus} system property). Tests that use
 * it skip when it is absent; nothing from it is copied into the project.
 */
public final class Corpus {

  private Corpus() {}

  /** The corpus folder, or a skipped test when it is not there. */
  public static Path root() {
    Path root = Path.of(System.getProperty("ricercar.corpus", "../../shared/corpus"));
    assumeTrue(Files.isDirectory(root), "the shared corpus is not at " + root.toAbsolutePath());
    return root;
  }

  /** Every file under one of the corpus's format folders (e.g. "musicxml"), sorted by path. */
  public static List<Path> files(String folder, String extension) {
    try (Stream<Path> walk = Files.walk(root().resolve(folder))) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith("." + extension))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
