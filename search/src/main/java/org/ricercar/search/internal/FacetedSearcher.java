package org.ricercar.search.internal;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher together with the facet ordinals of its reader. Building them costs a pass over the
 * facet values, so it happens once per refresh rather than once per search.
 */
public final class FacetedSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;

  private FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facetState =
        hasFacets(reader)
            ? new DefaultSortedSetDocValuesReaderState(reader, WorkFields.FACETS)
            : null;
  }

  /** The state for drill-sideways counting, or null while no work has a facet value. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Makes a faceted searcher for each reader a searcher manager opens. */
  public static SearcherFactory factory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new FacetedSearcher(reader);
      }
    };
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(
            leaf ->
                leaf.reader()
                        .getFieldInfos()
                        .fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                    != null);
  }
}
