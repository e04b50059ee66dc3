package org.ricercar.archive.imports;

import org.ricercar.archive.catalogue.RecordStateConflictException;

/** The import is not in the state the requested step needs, e.g. resuming a finished import. */
public class ImportStateException extends RecordStateConflictException {

  public ImportStateException(Long id, ImportState actual, ImportState expected) {
    super(
        "import "
            + id
            + " is "
            + actual.name().toLowerCase(java.util.Locale.ROOT)
            + ", not "
            + expected.name().toLowerCase(java.util.Locale.ROOT));
  }
}
