package org.ricercar.archive.members;

import java.util.List;

/**
 * One page of members.
 *
 * @param items the members on this page
 * @param page zero-based page number
 * @param size page size
 * @param totalItems how many members match in all
 * @param totalPages how many pages of this size that makes
 */
public record MemberPage(List<Member> items, int page, int size, long totalItems, long totalPages) {

  public MemberPage(List<Member> items, int page, int size, long totalItems) {
    this(List.copyOf(items), page, size, totalItems, (totalItems + size - 1) / size);
  }
}
