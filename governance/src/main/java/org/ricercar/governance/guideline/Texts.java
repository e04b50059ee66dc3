package org.ricercar.governance.guideline;

/** Request text as stored: trimmed, and empty counts as absent. */
final class Texts {

  private Texts() {}

  static String optional(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
