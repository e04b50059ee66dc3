package org.ricercar.search;

import java.util.List;
import java.util.Objects;

/**
 * What the index knows about a work: the text a member might search for.
 *
 * @param id the work's identifier, returned in hits
 * @param title the title
 * @param alternativeTitles other titles the work is known by
 * @param composers composers' names and name variants
 * @param catalogueNumber e.g. "H-U 385" or "Op. 7 No. 2"
 * @param genre genre or form
 * @param otherText further searchable text (instrumentation, text incipit, notes)
 */
public record IndexedWork(
    String id,
    String title,
    List<String> alternativeTitles,
    List<String> composers,
    String catalogueNumber,
    String genre,
    String otherText) {

  public IndexedWork {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    alternativeTitles = List.copyOf(alternativeTitles);
    composers = List.copyOf(composers);
  }
}
