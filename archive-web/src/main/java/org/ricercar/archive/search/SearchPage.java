package org.ricercar.archive.search;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.ricercar.search.FacetCount;
import org.ricercar.search.Fragment;

/**
 * A page of search hits with the facet counts of everything that matched.
 *
 * @param total how many works match
 * @param page the page number, from 0
 * @param size the page size
 * @param hits the works on this page, best first (or in the requested order)
 * @param facets per facet (composer, period, genre, instrumentation, key, format, rights,
 *     restoration, ai) its values among the matching works, with counts
 */
public record SearchPage(
    long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  /**
   * One matching work.
   *
   * @param work the work as listings show it (a {@code WorkSummary}), as of its last indexing
   * @param score relevance, comparable only within one search
   * @param highlights per matched field (title, composer, text) a snippet as fragments, the matched
   *     ones marked
   */
  public record Hit(JsonObject work, float score, Map<String, List<Fragment>> highlights) {}
}
