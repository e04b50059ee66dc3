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

  /**
   * The first non-blank subfield found, trying each place in turn, e.g. {@code first("240$a",
   * "245$a")} for the uniform title, else the title proper; null when none has one.
   */
  String first(String... places) {
    for (String place : places) {
      String tag = place.substring(0, 3);
      char code = place.charAt(4);
      for (MarcField field : fields(tag)) {
        String value = field.first(code);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }
}
