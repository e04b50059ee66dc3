package org.ricercar.archive.catalogue;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items the records on this page
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalItems how many records the listing has in all
 * @param totalPages how many pages of this size that makes
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

  public Page(List<T> items, PageRequest request, long totalItems) {
    this(
        List.copyOf(items),
        request.page(),
        request.size(),
        totalItems,
        (totalItems + request.size() - 1) / request.size());
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
