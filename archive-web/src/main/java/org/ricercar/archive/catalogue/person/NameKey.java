package org.ricercar.archive.catalogue.person;

import org.ricercar.archive.catalogue.SortKey;

/**
 * How an import recognises a person the archive already holds: the name in direct order, without
 * case or diacritics, so "Faisst, Clara" and "Clara Faißt" are the same person.
 */
public final class NameKey {

  private NameKey() {}

  public static String of(String name) {
    return SortKey.of(directOrder(name), 200);
  }

  /** A name filed as "Faisst, Clara" written as "Clara Faisst"; other names as they are. */
  static String directOrder(String name) {
    String direct = name.strip();
    int comma = direct.indexOf(',');
    if (comma > 0 && direct.indexOf(',', comma + 1) < 0) {
      direct = direct.substring(comma + 1).strip() + " " + direct.substring(0, comma).strip();
    }
    return direct;
  }
}
