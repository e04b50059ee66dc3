package org.ricercar.archive.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tidies submitted text: surrounding whitespace is dropped and an empty optional field becomes
 * absent, so that "", " " and null mean the same and never show up as a change.
 */
public final class FieldText {

  private FieldText() {}

  public static String optional(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * Strips each entry; a missing list becomes empty. Null entries stay for validation to report.
   */
  public static List<String> list(List<String> texts) {
    if (texts == null) {
      return List.of();
    }
    var tidied = new ArrayList<String>(texts.size());
    for (String text : texts) {
      tidied.add(text == null ? null : text.strip());
    }
    return Collections.unmodifiableList(tidied);
  }

  /** A missing list of ids becomes empty. */
  public static <T> List<T> ids(List<T> ids) {
    return ids == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ids));
  }
}
