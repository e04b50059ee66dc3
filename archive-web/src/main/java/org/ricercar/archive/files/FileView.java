package org.ricercar.archive.files;

import java.time.Instant;
import org.ricercar.archive.scores.ScoreFormat;

/** A file on a source as the API shows it. {@code extracted} is null for PDFs, images and audio. */
public record FileView(
    long id,
    long sourceId,
    long workId,
    String sha256,
    String filename,
    ScoreFormat format,
    String mediaType,
    long size,
    String rights,
    String locator,
    Instant uploadedAt,
    String uploadedBy,
    ExtractedView extracted) {}
