package org.ricercar.search;

/**
 * A free-text query with paging. Words must all match (in any field); {@code word*} matches a
 * prefix and {@code "two words"} a phrase. Case and diacritics are ignored.
 *
 * @param query what the member typed
 * @param offset how many hits to skip
 * @param limit how many hits to return, at most {@link #MAX_LIMIT}
 */
public record SearchRequest(String query, int offset, int limit) {

  public static final int MAX_LIMIT = 100;
  public static final int MAX_QUERY_LENGTH = 500;

  public SearchRequest {
    if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "query must be non-blank and at most " + MAX_QUERY_LENGTH + " characters");
    }
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("offset must be >= 0 and limit between 1 and 100");
    }
  }
}
