package org.ricercar.archive.catalogue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The orders a listing offers, by name, each as a JPQL ordering over the alias {@code r}. The
 * record id always breaks ties, so paging is stable.
 *
 * @param byName JPQL order expressions by sort name
 * @param nullable the sort names whose expression may be null (records without it come last)
 * @param defaultSort the order used when none is requested
 */
public record SortOrders(Map<String, String> byName, Set<String> nullable, String defaultSort) {

  public SortOrders {
    byName = Map.copyOf(byName);
    nullable = Set.copyOf(nullable);
    if (!byName.containsKey(defaultSort)) {
      throw new IllegalArgumentException("the default sort must be one of " + byName.keySet());
    }
  }

  /** The ORDER BY clause for a request; an unknown sort name is a client error. */
  public String orderBy(PageRequest request) {
    String name = request.sort() == null ? defaultSort : request.sort();
    String expression = byName.get(name);
    if (expression == null) {
      throw new InvalidDetailsException(
          "sort", "must be one of " + String.join(", ", new TreeSet<>(byName.keySet())));
    }
    String direction = request.descending() ? " desc" : " asc";
    // Records without a value (no date, say) come last in either direction, on every database.
    // Only said where needed: it keeps the database from walking an index backwards.
    String nulls = nullable.contains(name) ? " nulls last" : "";
    return " order by " + expression + direction + nulls + ", r.id" + direction;
  }
}
