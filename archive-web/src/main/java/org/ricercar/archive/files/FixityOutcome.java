package org.ricercar.archive.files;

/** What re-hashing a stored file found. */
public enum FixityOutcome {
  /** The bytes hash to the digest they are stored under. */
  OK,
  /** The file is not there. */
  MISSING,
  /** The bytes hash to something else: the file changed. */
  CHANGED
}
