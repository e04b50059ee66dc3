package org.ricercar.archive.catalogue.revision;

import org.ricercar.archive.catalogue.RecordKind;

/** The record exists but has no revision with this number. */
public class RevisionNotFoundException extends RuntimeException {

  public RevisionNotFoundException(RecordKind kind, long id, int number) {
    super("The " + kind.noun() + " with id " + id + " has no revision " + number + ".");
  }
}
