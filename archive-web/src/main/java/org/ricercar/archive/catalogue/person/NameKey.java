package org.ricercar.archive.catalogue.person;

import org.ricercar.archive.catalogue.SortKey;

/**
 * How an import recognises a person the archive already holds: the name in direct order, without
 * case or diacritics, so "Faisst, Clara" and "Clara Faißt" are the same person.
 */
public final class NameKey {

  private NameKey() {}

  public static String of(String name) {
    String direct = name.strip();
    int comma = direct.indexOf(',');
    if (comma > 0 && direct.indexOf(',', comma + 1) < 0) {
      direct = direct.substring(comma + 1).strip() + " " + direct.substring(0, comma).strip();
    }
    return SortKey.of(direct, 200);
  }
}
