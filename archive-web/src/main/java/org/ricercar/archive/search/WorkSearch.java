package org.ricercar.archive.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.ricercar.search.Facet;
import org.ricercar.search.FacetCount;
import org.ricercar.search.MelodicQuery;
import org.ricercar.search.SearchRequest;
import org.ricercar.search.SearchResult;

/**
 * Answers searches from this node's index. The index holds only published works, each with the
 * listing it is shown by, so a search needs no database: a work withdrawn a moment ago may be shown
 * until the index catches up (within a second), and its page then says it is withdrawn.
 */
@ApplicationScoped
public class WorkSearch {

  @Inject SearchIndex searchIndex;

  public SearchPage search(SearchRequest request, int page) {
    SearchResult result = searchIndex.index().search(request);
    var facets = new LinkedHashMap<String, List<FacetCount>>();
    for (Facet facet : Facet.values()) {
      facets.put(facet.parameter(), result.facets().getOrDefault(facet, List.of()));
    }
    return new SearchPage(
        result.total(),
        page,
        request.limit(),
        result.hits().stream()
            .map(hit -> new SearchPage.Hit(listing(hit.listing()), hit.score(), hit.highlights()))
            .toList(),
        facets);
  }

  public MelodyPage melody(MelodicQuery query) {
    return new MelodyPage(
        query.melody().toString(),
        searchIndex.index().searchMelody(query).stream()
            .map(
                hit ->
                    new MelodyPage.Hit(
                        listing(hit.listing()),
                        hit.score(),
                        hit.incipit(),
                        hit.matchStart(),
                        hit.matchEnd(),
                        hit.dependsOnSupplied()))
            .toList());
  }

  public Suggestions suggest(String prefix, int limit) {
    return new Suggestions(
        searchIndex.index().suggest(prefix, limit).stream()
            .map(s -> new Suggestions.Item(s.text(), s.kind().name().toLowerCase(Locale.ROOT)))
            .toList());
  }

  private static JsonObject listing(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
