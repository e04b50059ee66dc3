package org.ricercar.archive.scores;

import java.nio.file.Path;
import java.util.List;

/** Extracts the works encoded in a file of one format. */
public interface ScoreExtractor {

  /**
   * Reads the file, which has already been recognised as this extractor's format and is within the
   * upload size limit.
   *
   * @throws RejectedFileException when the file is malformed, hostile or holds no work
   */
  List<ExtractedWork> extract(Path file, IngestLimits limits);
}
