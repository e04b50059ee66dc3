package org.ricercar.archive.catalogue;

/** The client edited a version of the record that is no longer the current one. */
public class StaleVersionException extends RuntimeException {

  public StaleVersionException(RecordKind kind, long id) {
    super(
        "The "
            + kind.noun()
            + " with id "
            + id
            + " was changed by someone else since you loaded it. Reload it, reapply your change"
            + " and try again.");
  }
}
