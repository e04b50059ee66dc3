package org.ricercar.archive.imports;

/** Where an import job is in its life. */
public enum ImportState {
  QUEUED,
  RUNNING,
  COMPLETED,
  /** Stopped by an error that concerns the whole import, e.g. an unreadable zip. */
  FAILED,
  /** Stopped by a restart; its report lists exactly the files it finished. */
  INTERRUPTED
}
