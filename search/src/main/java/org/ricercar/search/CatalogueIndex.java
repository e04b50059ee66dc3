package org.ricercar.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.ricercar.search.internal.FacetedSearcher;
import org.ricercar.search.internal.FoldingAnalyzer;
import org.ricercar.search.internal.MelodicSearch;
import org.ricercar.search.internal.SuggestionSearch;
import org.ricercar.search.internal.TextSearch;
import org.ricercar.search.internal.WorkFields;

/**
 * The search index of the catalogue's works: one long-lived writer, near-real-time searchers.
 *
 * <p>Changes arrive in the order of a change log and carry its position. {@link #commit()} makes
 * the index durable together with the position it has reached, so after a crash the index reopens
 * at its last commit and {@link #position()} says where to replay the log from. Applying a change
 * twice is harmless: a work's document is replaced, never added again.
 *
 * <p>Thread-safe. Changes and rebuilds come from one thread; searches from any.
 */
public final class CatalogueIndex implements Closeable {

  private static final String POSITION = "ricercar.position";
  private static final String REBUILDING = "ricercar.rebuilding";

  private final Directory directory;
  private final boolean needsRebuild;

  /** Searches share it; reopening the writer after an abandoned rebuild takes it alone. */
  private final ReadWriteLock open = new ReentrantReadWriteLock();

  private IndexWriter writer;
  private SearcherManager searchers;
  private volatile long position;

  private CatalogueIndex(Directory directory) throws IOException {
    this.directory = directory;
    boolean exists = DirectoryReader.indexExists(directory);
    openWriter();
    this.needsRebuild = !exists || committed(REBUILDING) != null;
  }

  /** The index in a folder, created when it does not exist yet. */
  public static CatalogueIndex open(Path folder) {
    try {
      return new CatalogueIndex(FSDirectory.open(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An index held in memory, for tests and benchmarks. */
  public static CatalogueIndex inMemory() {
    try {
      return new CatalogueIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the index needs a full build: it did not exist before it was opened, or a rebuild was
   * under way when the application stopped.
   */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /** The change-log position the index has applied (committed or not). */
  public long position() {
    return position;
  }

  /** How many works are searchable now. */
  public int size() {
    return read(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * The ids of the indexed works whose entries refer to any of the records (change-log subjects).
   */
  public Set<String> idsReferencing(Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return Set.of();
    }
    var terms = subjects.stream().map(s -> new BytesRef(s)).toList();
    var query = new TermInSetQuery(WorkFields.REFERENCE, terms);
    return read(
        searcher -> {
          var ids = new HashSet<String>();
          var stored = searcher.storedFields();
          for (var hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
            ids.add(stored.document(hit.doc, Set.of(WorkFields.ID)).get(WorkFields.ID));
          }
          return ids;
        });
  }

  /**
   * Applies changes up to a change-log position and makes them searchable. A work that is both
   * upserted and removed is removed.
   */
  public void apply(Collection<IndexedWork> upserts, Collection<String> removals, long position) {
    try {
      for (IndexedWork work : upserts) {
        writer.updateDocument(new Term(WorkFields.ID, work.id()), WorkFields.toDocument(work));
      }
      for (String id : removals) {
        writer.deleteDocuments(new Term(WorkFields.ID, id));
      }
      this.position = Math.max(this.position, position);
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes everything applied so far durable, together with its position. */
  public void commit() {
    try {
      writer.setLiveCommitData(Map.of(POSITION, Long.toString(position)).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts replacing the whole index. Searches keep seeing the current works until {@link
   * Rebuild#finish()}; a rebuild that is abandoned, or interrupted by a crash, leaves the index at
   * its last commit.
   *
   * @param position the change-log position the database was at before the rebuild started to read
   *     it; changes after it are applied after the rebuild
   */
  public Rebuild rebuild(long position) {
    try {
      // Recorded first, so that a rebuild cut short by a crash is started again on the next open.
      writer.setLiveCommitData(
          Map.of(POSITION, Long.toString(this.position), REBUILDING, "true").entrySet());
      writer.commit();
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rebuild(position);
  }

  /** A full rebuild under way; only the thread that started it may use it. */
  public final class Rebuild {

    private final long startPosition;

    private Rebuild(long startPosition) {
      this.startPosition = startPosition;
    }

    public void add(List<IndexedWork> works) {
      try {
        for (IndexedWork work : works) {
          writer.addDocument(WorkFields.toDocument(work));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Commits the new index at the rebuild's position and makes it searchable. */
    public void finish() {
      position = startPosition;
      commit();
      try {
        searchers.maybeRefreshBlocking();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Forgets the rebuild and every change not committed before it. */
    public void abandon() {
      open.writeLock().lock();
      try {
        searchers.close();
        writer.rollback();
        openWriter();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        open.writeLock().unlock();
      }
    }
  }

  public SearchResult search(SearchRequest request) {
    return read(searcher -> TextSearch.search(searcher, request));
  }

  /** Composers and titles that complete what a member is typing, composers first. */
  public List<Suggestion> suggest(String prefix, int limit) {
    return read(searcher -> SuggestionSearch.suggest(searcher, prefix, limit));
  }

  public List<MelodicHit> searchMelody(MelodicQuery query) {
    return read(searcher -> MelodicSearch.search(searcher, query));
  }

  private void openWriter() throws IOException {
    var config =
        new IndexWriterConfig(new FoldingAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64)
            // Only commit() records a position; a rebuild cut short must not be committed on close.
            .setCommitOnClose(false);
    writer = new IndexWriter(directory, config);
    String committedPosition = committed(POSITION);
    position = committedPosition == null ? 0 : Long.parseLong(committedPosition);
    searchers = new SearcherManager(writer, FacetedSearcher.factory());
  }

  private String committed(String key) {
    var data = writer.getLiveCommitData();
    if (data != null) {
      for (var entry : data) {
        if (entry.getKey().equals(key)) {
          return entry.getValue();
        }
      }
    }
    return null;
  }

  private <T> T read(SearcherWork<T> work) {
    open.readLock().lock();
    try {
      var searcher = (FacetedSearcher) searchers.acquire();
      try {
        return work.with(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      open.readLock().unlock();
    }
  }

  private interface SearcherWork<T> {
    T with(FacetedSearcher searcher) throws IOException;
  }

  @Override
  public void close() {
    open.writeLock().lock();
    try (var closingDirectory = directory;
        var closingWriter = writer;
        var closingSearchers = searchers) {
      // resources closed in reverse order
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      open.writeLock().unlock();
    }
  }
}
