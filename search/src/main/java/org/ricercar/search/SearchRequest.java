package org.ricercar.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search: words (optional when filtering by facets), facet filters, order and page.
 *
 * <p>Words must all match, in any field, ignoring case and diacritics; a word of four letters or
 * more also matches with one typo, and of eight or more with two. {@code word*} matches a prefix,
 * {@code "two words"} a phrase, and {@code composer:}, {@code title:}, {@code key:}, {@code
 * genre:}, {@code instrumentation:}, {@code number:} and {@code text:} search one field.
 *
 * @param query what the member typed; blank matches every work
 * @param filters the chosen values per facet
 * @param sort the order of the hits
 * @param offset how many hits to skip, at most {@link #MAX_OFFSET}
 * @param limit how many hits to return, at most {@link #MAX_LIMIT}
 * @param facetValues how many of each facet's most frequent values to count (besides the chosen
 *     ones), at most {@link #MAX_FACET_VALUES}
 */
public record SearchRequest(
    String query,
    Map<Facet, Set<String>> filters,
    SearchSort sort,
    int offset,
    int limit,
    int facetValues) {

  /** A facet list as a search page first shows it; the rest is asked for when wanted. */
  public static final int DEFAULT_FACET_VALUES = 10;

  public static final int MAX_FACET_VALUES = 100;

  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;
  public static final int MAX_QUERY_LENGTH = 500;
  public static final int MAX_VALUES_PER_FACET = 20;
  public static final int MAX_VALUE_LENGTH = 200;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "the query must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("results can be paged up to hit " + MAX_OFFSET);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a page holds between 1 and " + MAX_LIMIT + " hits");
    }
    if (facetValues < 1 || facetValues > MAX_FACET_VALUES) {
      throw new IllegalArgumentException(
          "between 1 and " + MAX_FACET_VALUES + " values of each facet are counted");
    }
    var copy = new EnumMap<Facet, Set<String>>(Facet.class);
    filters.forEach(
        (facet, values) -> {
          if (values.size() > MAX_VALUES_PER_FACET) {
            throw new IllegalArgumentException(
                "at most " + MAX_VALUES_PER_FACET + " values of " + facet.parameter());
          }
          for (String value : values) {
            if (value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
              throw new IllegalArgumentException(
                  facet.parameter() + " values are 1 to " + MAX_VALUE_LENGTH + " characters");
            }
          }
          if (!values.isEmpty()) {
            copy.put(facet, Set.copyOf(values));
          }
        });
    filters = Map.copyOf(copy);
    if (sort == null) {
      sort = query.isEmpty() ? SearchSort.TITLE : SearchSort.RELEVANCE;
    }
  }

  /** A search counting the {@link #DEFAULT_FACET_VALUES} most frequent values of each facet. */
  public SearchRequest(
      String query, Map<Facet, Set<String>> filters, SearchSort sort, int offset, int limit) {
    this(query, filters, sort, offset, limit, DEFAULT_FACET_VALUES);
  }

  /** Words only: no filters, best match first. */
  public static SearchRequest words(String query, int offset, int limit) {
    return new SearchRequest(query, Map.of(), null, offset, limit);
  }
}
