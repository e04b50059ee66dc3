package org.ricercar.archive.catalogue.source;

/** What kind of witness to a work a source is. */
public enum SourceKind {
  MANUSCRIPT,
  PRINT,
  EDITION,
  RECORDING
}
