package org.ricercar.archive.catalogue.work;

import java.time.Instant;
import java.util.List;
import org.ricercar.archive.catalogue.RecordView;
import org.ricercar.archive.catalogue.WithdrawalView;
import org.ricercar.archive.catalogue.person.PersonRef;

/**
 * A work as the API shows it, with its composers, its sources and the collections that include it.
 * {@code withdrawal} is present only on withdrawn works.
 */
public record WorkView(
    long id,
    long version,
    int revision,
    String title,
    List<String> alternativeTitles,
    String catalogueNumber,
    String genre,
    String key,
    List<String> instrumentation,
    String metre,
    List<String> movements,
    String date,
    Period period,
    String language,
    String textIncipit,
    String notes,
    String incipit,
    List<PersonRef> composers,
    List<SourceLine> sources,
    List<CollectionLine> collections,
    Instant createdAt,
    Instant updatedAt,
    WithdrawalView withdrawal)
    implements RecordView {

  /** A source of the work, in brief. */
  public record SourceLine(
      long id,
      String kind,
      String title,
      String holdingInstitution,
      String shelfmark,
      String date,
      boolean withdrawn) {}

  /** A collection that includes the work. */
  public record CollectionLine(long id, String title, boolean withdrawn) {}
}
