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
    String incipit,
    boolean withdrawn) {

  /** Reads only what a listing shows, so a page of works loads no titles or instruments lists. */
  public static WorkSummary of(Work work) {
    return new WorkSummary(
        work.id(),
        work.title(),
        work.catalogueNumber(),
        work.composers().stream().map(PersonRef::of).toList(),
        work.genre(),
        work.key(),
        work.date(),
        work.incipit(),
        work.isWithdrawn());
  }
}
