package org.ricercar.archive.scores;

import java.util.List;

/**
 * What reading a file found: its format and the works it encodes (none for PDFs, images and audio;
 * one per tune for a multi-tune ABC file; one per record for a MARCXML collection).
 */
public record ScoreReading(ScoreFormat format, List<ExtractedWork> works) {

  public ScoreReading {
    works = List.copyOf(works);
  }
}
