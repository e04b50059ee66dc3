package org.ricercar.archive.scores;

import java.util.List;

/**
 * A MARC data field, e.g. 100 with $a "Abos, Girolamo" and $d "1715-1760".
 *
 * @param tag the field's three-character tag
 * @param subfields its subfields, in order
 */
record MarcField(String tag, List<Subfield> subfields) {

  /** A subfield: a code (a letter or digit) and its text. */
  record Subfield(char code, String value) {}

  MarcField {
    subfields = List.copyOf(subfields);
  }

  /** The trimmed text of the first non-blank subfield with that code, or null. */
  String first(char code) {
    return subfields.stream()
        .filter(subfield -> subfield.code() == code && !subfield.value().isBlank())
        .map(subfield -> subfield.value().trim())
        .findFirst()
        .orElse(null);
  }

  /** The trimmed texts of every non-blank subfield with that code. */
  List<String> all(char code) {
    return subfields.stream()
        .filter(subfield -> subfield.code() == code && !subfield.value().isBlank())
        .map(subfield -> subfield.value().trim())
        .toList();
  }
}
