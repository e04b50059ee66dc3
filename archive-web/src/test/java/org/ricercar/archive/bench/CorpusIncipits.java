package org.ricercar.archive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ricercar.archive.scores.ExtractedWork;
import org.ricercar.archive.scores.IngestLimits;
import org.ricercar.archive.scores.RejectedFileException;
import org.ricercar.archive.scores.ScoreReader;
import org.ricercar.search.melody.Incipit;

/** The incipits the archive extracts from the scores and records of a corpus folder. */
final class CorpusIncipits {

  private CorpusIncipits() {}

  /** By "relative path#work number", in file order; files that cannot be read are left out. */
  static Map<String, Incipit> read(Path corpus) throws IOException {
    var reader = new ScoreReader();
    var incipits = new LinkedHashMap<String, Incipit>();
    for (Path file : files(corpus)) {
      try {
        List<ExtractedWork> works =
            reader.read(file, file.getFileName().toString(), IngestLimits.DEFAULTS).works();
        for (int i = 0; i < works.size(); i++) {
          if (works.get(i).incipit() != null) {
            incipits.put(corpus.relativize(file) + "#" + i, works.get(i).incipit());
          }
        }
      } catch (RejectedFileException unreadable) {
        // not a score the archive reads; nothing to search for
      }
    }
    return incipits;
  }

  private static List<Path> files(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(musicxml|mxl|mei|krn|abc|xml)$"))
          .sorted()
          .toList();
    }
  }
}
