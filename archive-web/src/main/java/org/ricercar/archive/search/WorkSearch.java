package org.ricercar.archive.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.catalogue.Viewer;
import org.ricercar.archive.catalogue.work.WorkService;
import org.ricercar.archive.catalogue.work.WorkSummary;
import org.ricercar.search.Facet;
import org.ricercar.search.MelodicHit;
import org.ricercar.search.MelodicQuery;
import org.ricercar.search.SearchRequest;
import org.ricercar.search.SearchResult;

/**
 * Answers searches from this node's index, showing each hit as the catalogue's listings do. The
 * index holds only published works; a work withdrawn a moment ago, before the index has caught up,
 * is left out because the catalogue no longer shows it to the viewer.
 */
@ApplicationScoped
public class WorkSearch {

  @Inject SearchIndex searchIndex;

  @Inject WorkService workService;

  public SearchPage search(SearchRequest request, int page, Viewer viewer) {
    SearchResult result = searchIndex.index().search(request);
    Map<Long, WorkSummary> summaries =
        summaries(result.hits().stream().map(hit -> Long.parseLong(hit.id())).toList(), viewer);
    var hits = new ArrayList<SearchPage.Hit>();
    for (SearchResult.Hit hit : result.hits()) {
      WorkSummary work = summaries.get(Long.parseLong(hit.id()));
      if (work != null) {
        hits.add(new SearchPage.Hit(work, hit.score(), hit.highlights(), hit.incipit()));
      }
    }
    var facets = new LinkedHashMap<String, List<org.ricercar.search.FacetCount>>();
    for (Facet facet : Facet.values()) {
      facets.put(facet.parameter(), result.facets().getOrDefault(facet, List.of()));
    }
    return new SearchPage(result.total(), page, request.limit(), hits, facets);
  }

  /** Works matching the words, best first: the {@code q} of the works listing. */
  public Page<WorkSummary> search(String text, PageRequest page, Viewer viewer) {
    SearchPage found =
        search(SearchRequest.words(text, page.offset(), page.size()), page.page(), viewer);
    return new Page<>(
        found.hits().stream().map(SearchPage.Hit::work).toList(), page, found.total());
  }

  public MelodyPage melody(MelodicQuery query, Viewer viewer) {
    List<MelodicHit> found = searchIndex.index().searchMelody(query);
    Map<Long, WorkSummary> summaries =
        summaries(found.stream().map(hit -> Long.parseLong(hit.id())).toList(), viewer);
    var hits = new ArrayList<MelodyPage.Hit>();
    for (MelodicHit hit : found) {
      WorkSummary work = summaries.get(Long.parseLong(hit.id()));
      if (work != null) {
        hits.add(
            new MelodyPage.Hit(
                work,
                hit.score(),
                hit.incipit(),
                hit.matchStart(),
                hit.matchEnd(),
                hit.dependsOnSupplied()));
      }
    }
    return new MelodyPage(query.melody().toString(), hits);
  }

  public Suggestions suggest(String prefix, int limit) {
    return new Suggestions(
        searchIndex.index().suggest(prefix, limit).stream()
            .map(s -> new Suggestions.Item(s.text(), s.kind().name().toLowerCase(Locale.ROOT)))
            .toList());
  }

  private Map<Long, WorkSummary> summaries(List<Long> ids, Viewer viewer) {
    return workService.summaries(ids, viewer).stream()
        .collect(Collectors.toMap(WorkSummary::id, Function.identity()));
  }
}
