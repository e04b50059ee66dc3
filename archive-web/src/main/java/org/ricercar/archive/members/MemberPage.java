package org.ricercar.archive.members;

import java.util.List;

/**
 * One page of members.
 *
 * @param items the members on this page
 * @param page zero-based page number
 * @param size page size
 * @param totalItems how many members match in all
 */
public record MemberPage(List<Member> items, int page, int size, long totalItems) {}
