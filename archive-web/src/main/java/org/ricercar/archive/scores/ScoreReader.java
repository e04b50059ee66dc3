package org.ricercar.archive.scores;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads any accepted file: recognises its format by content, then extracts the works it encodes.
 * PDFs, images and audio are recognised and yield no works.
 */
@ApplicationScoped
public class ScoreReader {

  private final Map<ScoreFormat, ScoreExtractor> extractors =
      Map.of(
          ScoreFormat.MUSICXML, new MusicXmlExtractor(),
          ScoreFormat.MXL, new MxlExtractor(),
          ScoreFormat.MEI, new MeiExtractor(),
          ScoreFormat.ABC, new AbcExtractor(),
          ScoreFormat.HUMDRUM, new HumdrumExtractor(),
          ScoreFormat.MARCXML, new MarcXmlExtractor());

  /**
   * @throws RejectedFileException when the format is not accepted or the file is malformed or
   *     hostile
   */
  public ScoreReading read(Path file, String filename, IngestLimits limits) {
    ScoreFormat format = new FormatDetector(limits).detect(file, filename);
    ScoreExtractor extractor = extractors.get(format);
    List<ExtractedWork> works = extractor == null ? List.of() : extractor.extract(file, limits);
    return new ScoreReading(format, works);
  }
}
