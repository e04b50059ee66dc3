package org.ricercar.archive.catalogue;

/** The requested change does not fit the record's current state. */
public class RecordStateConflictException extends RuntimeException {

  public RecordStateConflictException(String reason) {
    super("This change is not possible: " + reason + ".");
  }
}
