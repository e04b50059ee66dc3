package org.ricercar.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.ricercar.search.internal.FoldingAnalyzer;
import org.ricercar.search.internal.WorkFields;

/**
 * A full-text index of the catalogue's works. One long-lived writer; searches use near-real-time
 * readers, so a change is visible to the next search after {@link #refresh()}. Thread-safe.
 */
public final class CatalogueIndex implements Closeable {

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FoldingAnalyzer analyzer = new FoldingAnalyzer();

  private CatalogueIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
    this.searchers = new SearcherManager(writer, null);
  }

  /** An index held in memory, rebuilt from the catalogue when the application starts. */
  public static CatalogueIndex inMemory() {
    try {
      return new CatalogueIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a work, or replaces the indexed version of it. */
  public void upsert(IndexedWork work) {
    try {
      writer.updateDocument(new Term(WorkFields.ID, work.id()), WorkFields.toDocument(work));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a work; it no longer appears in results after the next refresh. */
  public void remove(String id) {
    try {
      writer.deleteDocuments(new Term(WorkFields.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the whole index with the given works. */
  public void replaceAll(Collection<IndexedWork> works) {
    try {
      writer.deleteAll();
      for (IndexedWork work : works) {
        writer.addDocument(WorkFields.toDocument(work));
      }
      refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every change so far visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SearchResult search(SearchRequest request) {
    Query query = parse(request.query());
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        var top =
            searcher.search(
                query,
                new TopScoreDocCollectorManager(
                    request.offset() + request.limit(), null, Integer.MAX_VALUE));
        var stored = searcher.storedFields();
        var hits = new ArrayList<SearchResult.Hit>();
        for (int i = request.offset(); i < top.scoreDocs.length; i++) {
          var scoreDoc = top.scoreDocs[i];
          String id = stored.document(scoreDoc.doc).get(WorkFields.ID);
          hits.add(new SearchResult.Hit(id, scoreDoc.score));
        }
        return new SearchResult(top.totalHits.value(), hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query parse(String text) {
    var parser = new SimpleQueryParser(analyzer, WorkFields.WEIGHTS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(text);
    // A query of only stop characters parses to null: it matches nothing.
    return query == null ? MatchNoDocsQuery.INSTANCE : query;
  }

  @Override
  public void close() {
    try (directory;
        writer;
        searchers) {
      // resources closed in reverse order
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
