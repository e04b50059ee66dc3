package org.ricercar.archive.catalogue;

import java.util.Map;
import java.util.Set;

/**
 * The orders a listing offers, by name, each as a JPQL ordering over the alias {@code r}. The
 * record id always breaks ties, so paging is stable.
 *
 * @param byName JPQL order expressions by sort name
 * @param defaultSort the order used when none is requested
 */
public record SortOrders(Map<String, String> byName, String defaultSort) {

  public SortOrders {
    byName = Map.copyOf(byName);
    if (!byName.containsKey(defaultSort)) {
      throw new IllegalArgumentException("the default sort must be one of " + byName.keySet());
    }
  }

  public Set<String> names() {
    return byName.keySet();
  }

  /** The ORDER BY clause for a request; an unknown sort name is a client error. */
  public String orderBy(PageRequest request) {
    String name = request.sort() == null ? defaultSort : request.sort();
    String expression = byName.get(name);
    if (expression == null) {
      throw new InvalidDetailsException(
          "sort", "must be one of " + String.join(", ", new java.util.TreeSet<>(byName.keySet())));
    }
    String direction = request.descending() ? " desc" : " asc";
    // Records without a value (no date, say) come last in either direction, on every database.
    return " order by " + expression + direction + " nulls last, r.id" + direction;
  }
}
