package org.ricercar.archive.catalogue;

/**
 * Which page of a listing to return and in which order.
 *
 * @param page zero-based page number
 * @param size records per page
 * @param sort the name of a sort order the listing offers
 * @param descending whether to reverse that order
 */
public record PageRequest(int page, int size, String sort, boolean descending) {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
    }
  }

  public int offset() {
    return Math.multiplyExact(page, size);
  }
}
