package org.ricercar.archive.scores;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a compressed MusicXML score ({@code .mxl}): the score its container names is inflated as it
 * is read, within the archive limits and never to disk, and read like an uncompressed one.
 */
public final class MxlExtractor implements ScoreExtractor {

  private final MusicXmlExtractor musicXml = new MusicXmlExtractor();

  @Override
  public List<ExtractedWork> extract(Path file, IngestLimits limits) {
    try (var archive = MxlArchive.open(file, limits)) {
      return List.of(musicXml.read(archive.rootScore(), limits));
    }
  }
}
