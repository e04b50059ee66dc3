package org.ricercar.archive.scores;

/**
 * Bounds on what one upload or import may cost.
 *
 * @param maxFileBytes the largest single file accepted
 * @param maxImportBytes the largest zip (or folder total) a bulk import accepts
 * @param maxExpandedBytes the most a compressed file (an {@code .mxl}) may inflate to
 * @param maxArchiveEntries the most entries a compressed file may hold
 * @param maxCompressionRatio the largest uncompressed-to-compressed ratio of any entry
 * @param maxEntityExpansions the most XML entity expansions one document may make
 */
public record IngestLimits(
    long maxFileBytes,
    long maxImportBytes,
    long maxExpandedBytes,
    int maxArchiveEntries,
    int maxCompressionRatio,
    int maxEntityExpansions) {

  /** The defaults: 50 MB per file, 1 GB per import, 50 MB inflated, 1,000 entries, ratio 100. */
  public static final IngestLimits DEFAULTS =
      new IngestLimits(50L << 20, 1L << 30, 50L << 20, 1000, 100, 1000);
}
