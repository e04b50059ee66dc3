package org.ricercar.governance;

import jakarta.ejb.ApplicationException;

/**
 * A governance request that cannot be carried out as asked. Thrown to the caller as is, and the
 * transaction rolls back, so nothing of the request is stored.
 */
@ApplicationException(rollback = true)
public abstract class GovernanceException extends RuntimeException {

  protected GovernanceException(String message) {
    super(message);
  }

  /** There is no such guideline, revision, amendment, comment or vote. */
  public static final class NotFound extends GovernanceException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** The caller may not do this to this record (not its author, not a steward, not an elector). */
  public static final class NotAllowed extends GovernanceException {
    public NotAllowed(String message) {
      super(message);
    }
  }

  /** The record is not in a state that allows this (a frozen text edited, a closed vote cast). */
  public static final class Conflict extends GovernanceException {
    public Conflict(String message) {
      super(message);
    }
  }

  /** The record changed since the caller read it (a stale {@code If-Match}). */
  public static final class Stale extends GovernanceException {
    public Stale(String message) {
      super(message);
    }
  }

  /** A value of the request is wrong; names the request field. */
  public static final class InvalidField extends GovernanceException {
    private final String field;

    public InvalidField(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
