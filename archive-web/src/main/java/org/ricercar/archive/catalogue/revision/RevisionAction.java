package org.ricercar.archive.catalogue.revision;

/** What a revision did to its record. */
public enum RevisionAction {
  CREATED,
  EDITED,
  RESTORED,
  WITHDRAWN,
  REINSTATED
}
