package org.ricercar.archive.catalogue.work;

/** The style period a work belongs to, as librarians file it. */
public enum Period {
  MEDIEVAL,
  RENAISSANCE,
  BAROQUE,
  CLASSICAL,
  ROMANTIC,
  MODERN,
  CONTEMPORARY
}
