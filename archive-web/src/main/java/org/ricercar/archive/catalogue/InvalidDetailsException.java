package org.ricercar.archive.catalogue;

import java.util.Map;

/**
 * Submitted details that are well-formed but break a catalogue rule, such as a reference to a
 * record that does not exist. Carries one message per offending field.
 */
public class InvalidDetailsException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public InvalidDetailsException(Map<String, String> fieldErrors) {
    super("The submitted details break catalogue rules: " + fieldErrors);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public InvalidDetailsException(String field, String message) {
    this(Map.of(field, message));
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
