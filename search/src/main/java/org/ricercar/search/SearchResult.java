package org.ricercar.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, with the facet counts of everything that matched.
 *
 * @param total how many works match in all
 * @param hits the requested page
 * @param facets every facet's values among the matching works, most frequent first
 */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /**
   * One matching work.
   *
   * @param id the work's identifier
   * @param score relevance; only meaningful relative to other hits of the same query
   * @param highlights per field ({@code title}, {@code composer}, {@code text}) that matched, a
   *     snippet with the matching words marked
   * @param listing the work as lists show it ({@link IndexedWork#listing()}), or null
   */
  public record Hit(
      String id, float score, Map<String, List<Fragment>> highlights, String listing) {

    public Hit {
      highlights = Map.copyOf(highlights);
    }
  }
}
