package org.ricercar.search;

import java.util.List;

/**
 * One page of hits, best first.
 *
 * @param total how many works match in all
 * @param hits the requested page
 */
public record SearchResult(long total, List<Hit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * One matching work.
   *
   * @param id the work's identifier
   * @param score relevance; only meaningful relative to other hits of the same query
   */
  public record Hit(String id, float score) {}
}
