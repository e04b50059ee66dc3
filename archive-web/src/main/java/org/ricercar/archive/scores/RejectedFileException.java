package org.ricercar.archive.scores;

/**
 * A file that the archive will not store, with a reason a librarian can act on, e.g. "external
 * entity not allowed" or "archive expands beyond 50 MB".
 */
public class RejectedFileException extends RuntimeException {

  public RejectedFileException(String reason) {
    super(reason);
  }

  public RejectedFileException(String reason, Throwable cause) {
    super(reason, cause);
  }

  public String reason() {
    return getMessage();
  }
}
