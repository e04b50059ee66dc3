package org.ricercar.archive.imports;

import java.time.Instant;

/** An import job as the API shows it. {@code totalFiles} is null until the job has listed them. */
public record ImportView(
    long id,
    String origin,
    ImportState state,
    Integer totalFiles,
    int processedFiles,
    int imported,
    int duplicates,
    int merged,
    int rejected,
    String startedBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String failure) {}
