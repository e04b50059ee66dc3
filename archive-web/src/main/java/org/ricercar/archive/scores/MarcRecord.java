package org.ricercar.archive.scores;

import java.util.List;
import java.util.Map;

/**
 * One MARC record as read from MARCXML.
 *
 * @param position its position in the file, from 1
 * @param leader the leader, e.g. {@code 00000cdd#a2200000###4500} ({@code #} for blanks in RISM)
 * @param controlFields the control fields (001 to 009) by tag
 * @param dataFields the data fields, in order
 */
record MarcRecord(
    int position, String leader, Map<String, String> controlFields, List<MarcField> dataFields) {

  MarcRecord {
    controlFields = Map.copyOf(controlFields);
    dataFields = List.copyOf(dataFields);
  }

  List<MarcField> fields(String tag) {
    return dataFields.stream().filter(field -> field.tag().equals(tag)).toList();
  }

  /** The first non-blank subfield with that code in any field with that tag, or null. */
  String first(String tag, char code) {
    return fields(tag).stream()
        .map(field -> field.first(code))
        .filter(value -> value != null)
        .findFirst()
        .orElse(null);
  }
}
