package org.ricercar.archive.catalogue;

/** No record of this kind has this id. */
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(RecordKind kind, long id) {
    this(kind.noun(), id);
  }

  /** For records outside the catalogue proper, e.g. "file" or "import". */
  public RecordNotFoundException(String noun, long id) {
    super("There is no " + noun + " with id " + id + ".");
  }
}
