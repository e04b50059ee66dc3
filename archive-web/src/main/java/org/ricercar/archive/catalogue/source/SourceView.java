package org.ricercar.archive.catalogue.source;

import java.time.Instant;
import org.ricercar.archive.catalogue.RecordView;
import org.ricercar.archive.catalogue.WithdrawalView;

/** A source as the API shows it; {@code withdrawal} is present only on withdrawn sources. */
public record SourceView(
    long id,
    long version,
    int revision,
    WorkRef work,
    SourceKind kind,
    String title,
    String holdingInstitution,
    String shelfmark,
    String date,
    String notes,
    Instant createdAt,
    Instant updatedAt,
    WithdrawalView withdrawal)
    implements RecordView {

  /** The work a source belongs to. */
  public record WorkRef(long id, String title, boolean withdrawn) {}

  static SourceView of(Source source) {
    SourceDetails d = source.details();
    var work = source.work();
    return new SourceView(
        source.id(),
        source.version(),
        source.revision(),
        new WorkRef(work.id(), work.title(), work.isWithdrawn()),
        d.kind(),
        d.title(),
        d.holdingInstitution(),
        d.shelfmark(),
        d.date(),
        d.notes(),
        source.createdAt(),
        source.updatedAt(),
        WithdrawalView.of(source));
  }
}
