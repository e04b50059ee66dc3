package org.ricercar.archive.scores;

import java.util.List;
import java.util.Map;

/**
 * One tune of an ABC file.
 *
 * @param number its reference number, the value of {@code X:}
 * @param header the header fields by name, each with its values in order; fields the file header
 *     sets apply to every tune that does not set them itself
 * @param body the music lines and the field lines among them (key changes, lyrics, parts)
 */
record AbcTune(String number, Map<Character, List<String>> header, String body) {

  AbcTune {
    header = Map.copyOf(header);
  }

  /** Every non-blank value of a header field, trimmed. */
  List<String> all(char field) {
    return header.getOrDefault(field, List.of()).stream()
        .map(String::trim)
        .filter(value -> !value.isEmpty())
        .toList();
  }

  /** The first non-blank value of a header field, or null. */
  String first(char field) {
    List<String> values = all(field);
    return values.isEmpty() ? null : values.getFirst();
  }
}
