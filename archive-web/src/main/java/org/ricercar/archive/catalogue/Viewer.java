package org.ricercar.archive.catalogue;

/**
 * Who is reading: the public (members and anonymous visitors) sees published records only;
 * librarians also see withdrawn ones, marked as such.
 */
public enum Viewer {
  PUBLIC,
  LIBRARIAN;

  public boolean sees(CatalogueRecord record) {
    return this == LIBRARIAN || !record.isWithdrawn();
  }
}
