package org.ricercar.archive.catalogue.source;

/** A source in a listing. */
public record SourceSummary(
    long id,
    long workId,
    SourceKind kind,
    String title,
    String holdingInstitution,
    String shelfmark,
    String date,
    boolean withdrawn) {

  static SourceSummary of(Source source) {
    SourceDetails d = source.details();
    return new SourceSummary(
        source.id(),
        d.workId(),
        d.kind(),
        d.title(),
        d.holdingInstitution(),
        d.shelfmark(),
        d.date(),
        source.isWithdrawn());
  }
}
