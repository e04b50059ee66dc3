package org.ricercar.archive.catalogue;

/** No record of this kind has this id. */
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(RecordKind kind, long id) {
    super("There is no " + kind.noun() + " with id " + id + ".");
  }
}
