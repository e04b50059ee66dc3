package org.ricercar.archive.catalogue.work;

import org.ricercar.archive.catalogue.SortKey;
import org.ricercar.archive.catalogue.person.Person;

/**
 * How an import recognises a work the archive already holds: the same first composer, title and
 * catalogue number, compared without case, diacritics or leading punctuation.
 */
public final class MatchKey {

  private MatchKey() {}

  public static String of(Person composer, String title, String catalogueNumber) {
    return of(composer.id(), title, catalogueNumber);
  }

  public static String of(long composerId, String title, String catalogueNumber) {
    return composerId
        + "|"
        + SortKey.of(title, 300)
        + "|"
        + (catalogueNumber == null ? "" : SortKey.of(catalogueNumber, 60));
  }
}
