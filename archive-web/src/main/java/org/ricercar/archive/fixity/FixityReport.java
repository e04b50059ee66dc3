package org.ricercar.archive.fixity;

import java.time.Instant;
import java.util.List;

/**
 * The state of the store's fixity for the audit page: how much has been checked, and every file
 * whose content was found missing or changed at its latest check.
 */
public record FixityReport(
    long files, long checked, Instant lastCheckAt, boolean running, List<Failing> failing) {

  /** A file whose content failed its latest check. */
  public record Failing(
      long fileId,
      String filename,
      String sha256,
      long workId,
      String outcome,
      String actualSha256,
      Instant checkedAt) {}

  /** One check in the log, with the first file that holds the checked content. */
  public record Check(
      Long fileId,
      String filename,
      Instant checkedAt,
      String outcome,
      String expectedSha256,
      String actualSha256) {}
}
