package org.ricercar.archive.catalogue.work;

import java.util.List;
import org.ricercar.archive.catalogue.person.PersonRef;

/** A work in a listing. */
public record WorkSummary(
    long id,
    String title,
    String catalogueNumber,
    List<PersonRef> composers,
    String genre,
    String key,
    String date,
    boolean withdrawn) {

  static WorkSummary of(Work work) {
    WorkDetails d = work.details();
    return new WorkSummary(
        work.id(),
        d.title(),
        d.catalogueNumber(),
        work.composers().stream().map(PersonRef::of).toList(),
        d.genre(),
        d.key(),
        d.date(),
        work.isWithdrawn());
  }
}
