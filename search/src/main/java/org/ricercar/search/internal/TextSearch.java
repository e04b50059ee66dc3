package org.ricercar.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.ricercar.search.Facet;
import org.ricercar.search.FacetCount;
import org.ricercar.search.SearchRequest;
import org.ricercar.search.SearchResult;
import org.ricercar.search.SearchSort;

/**
 * A text search with facet filters: the words select works, the filters drill down, and every facet
 * is counted "sideways" (as if its own filter were not set), so a member can widen a choice within
 * a facet as easily as narrow it.
 */
public final class TextSearch {

  private static final Set<String> HIT_FIELDS = Set.of(WorkFields.ID, WorkFields.LISTING);

  private TextSearch() {}

  public static SearchResult search(FacetedSearcher searcher, SearchRequest request)
      throws IOException {
    Query words = TextQueryParser.queryFor(request.query());
    var query = new DrillDownQuery(WorkFields.FACETS, words);
    request
        .filters()
        .forEach((facet, values) -> values.forEach(v -> query.add(facet.parameter(), v)));
    int wanted = request.offset() + request.limit();
    Sort sort = sortOf(request.sort());

    TopDocs top;
    long total;
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    if (searcher.facetState() == null) {
      // No work has a facet value yet (an empty index): nothing to count.
      top = sort == null ? searcher.search(query, wanted) : searcher.search(query, wanted, sort);
      total = searcher.count(query);
      for (Facet facet : Facet.values()) {
        facets.put(facet, selectedOnly(request.filters().getOrDefault(facet, Set.of())));
      }
    } else {
      var sideways = new DrillSideways(searcher, WorkFields.FACETS, searcher.facetState());
      var result =
          sort == null
              ? sideways.search(query, wanted)
              : sideways.search(query, null, null, wanted, sort, false);
      top = result.hits;
      total = totalOf(result);
      for (Facet facet : Facet.values()) {
        facets.put(
            facet,
            counts(
                result.facets,
                facet,
                request.filters().getOrDefault(facet, Set.of()),
                request.facetValues()));
      }
    }

    ScoreDoc[] page = pageOf(top.scoreDocs, request.offset());
    var highlights = Snippets.of(searcher, TextQueryParser.exactQueryFor(request.query()), page);
    var stored = searcher.storedFields();
    var hits = new ArrayList<SearchResult.Hit>();
    for (int i = 0; i < page.length; i++) {
      var doc = stored.document(page[i].doc, HIT_FIELDS);
      hits.add(
          new SearchResult.Hit(
              doc.get(WorkFields.ID),
              Float.isNaN(page[i].score) ? 0f : page[i].score,
              highlights.get(i),
              doc.get(WorkFields.LISTING)));
    }
    return new SearchResult(total, hits, facets);
  }

  private static long totalOf(DrillSideways.DrillSidewaysResult result) {
    if (result.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
      return result.hits.totalHits.value();
    }
    // The facet collector saw every matching work.
    return result.drillDownFacetsCollector.getMatchingDocs().stream()
        .mapToLong(docs -> docs.totalHits())
        .sum();
  }

  private static List<FacetCount> counts(
      Facets counted, Facet facet, Set<String> selected, int mostFrequent) throws IOException {
    var values = new LinkedHashMap<String, FacetCount>();
    FacetResult top = counted.getTopChildren(mostFrequent, facet.parameter());
    if (top != null) {
      for (LabelAndValue value : top.labelValues) {
        values.put(
            value.label,
            new FacetCount(value.label, value.value.longValue(), selected.contains(value.label)));
      }
    }
    for (String value : selected) {
      if (!values.containsKey(value)) {
        Number count = counted.getSpecificValue(facet.parameter(), value);
        values.put(
            value, new FacetCount(value, count == null ? 0 : Math.max(0, count.longValue()), true));
      }
    }
    return List.copyOf(values.values());
  }

  private static List<FacetCount> selectedOnly(Set<String> selected) {
    return selected.stream().sorted().map(v -> new FacetCount(v, 0, true)).toList();
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] top, int offset) {
    if (offset >= top.length) {
      return new ScoreDoc[0];
    }
    return java.util.Arrays.copyOfRange(top, offset, top.length);
  }

  /** The sort for an order, or null for relevance. */
  private static Sort sortOf(SearchSort order) {
    var byTitle = new SortField(WorkFields.TITLE_SORT, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> null;
      case TITLE -> new Sort(byTitle);
      case COMPOSER ->
          new Sort(
              missingLast(new SortField(WorkFields.COMPOSER_SORT, SortField.Type.STRING)), byTitle);
      case DATE -> new Sort(year(false), byTitle);
      case DATE_DESCENDING -> new Sort(year(true), byTitle);
    };
  }

  private static SortField missingLast(SortField field) {
    field.setMissingValue(SortField.STRING_LAST);
    return field;
  }

  private static SortField year(boolean newestFirst) {
    var field = new SortField(WorkFields.YEAR_SORT, SortField.Type.LONG, newestFirst);
    field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }
}
