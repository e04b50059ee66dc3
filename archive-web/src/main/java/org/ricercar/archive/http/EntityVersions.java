package org.ricercar.archive.http;

import jakarta.ws.rs.core.EntityTag;

/**
 * ETags for versioned records, and the {@code If-Match} rule that prevents lost updates: a change
 * must name the version it was based on, or it is refused with 428.
 */
public final class EntityVersions {

  private EntityVersions() {}

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version an {@code If-Match} header names. A missing header is 428; one that cannot be the
   * ETag of any version (a weak tag, a list, {@code *}) cannot match, so it is 412.
   */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionException(
          428,
          "This change needs an If-Match header with the ETag of the version you are changing;"
              + " GET the record to obtain it.");
    }
    String value = ifMatch.strip();
    if (value.length() >= 3 && value.startsWith("\"") && value.endsWith("\"")) {
      String digits = value.substring(1, value.length() - 1);
      if (digits.chars().allMatch(Character::isDigit) && digits.length() < 19) {
        return Long.parseLong(digits);
      }
    }
    throw new PreconditionException(
        412, "If-Match must carry the one strong ETag you received, such as \"3\".");
  }

  /** A failed or missing precondition. */
  public static class PreconditionException extends RuntimeException {

    private final int status;

    PreconditionException(int status, String detail) {
      super(detail);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
