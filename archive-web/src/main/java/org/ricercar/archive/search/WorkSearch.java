package org.ricercar.archive.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ricercar.archive.catalogue.CatalogueChange;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.archive.catalogue.Viewer;
import org.ricercar.archive.catalogue.work.WorkService;
import org.ricercar.archive.catalogue.work.WorkSummary;
import org.ricercar.search.CatalogueIndex;
import org.ricercar.search.IndexedWork;
import org.ricercar.search.SearchRequest;
import org.ricercar.search.SearchResult;

/**
 * Full-text search over published works. The index lives in memory: it is built from the database
 * at start-up and updated after each committed change, so it never holds rolled-back data.
 *
 * <p>Committed changes queue up for one indexing thread (container-managed), which takes what has
 * queued within a tenth of a second, reads the current state of the works concerned in one query,
 * updates the index and refreshes it once. Reading the current state, rather than trusting the
 * order in which the changes arrived, keeps the index right however commits interleave.
 */
@ApplicationScoped
public class WorkSearch {

  private static final Logger LOG = Logger.getLogger(WorkSearch.class.getName());
  private static final int REBUILD_BATCH = 500;
  private static final int INDEX_BATCH = 1000;
  private static final long GATHER_MILLIS = 100;

  @Inject IndexedWorks works;

  @Inject WorkService workService;

  @Resource ManagedThreadFactory threads;

  private final BlockingQueue<CatalogueChange> queue = new LinkedBlockingQueue<>();
  private CatalogueIndex index;
  private Thread indexer;

  @PostConstruct
  void open() {
    index = CatalogueIndex.inMemory();
    indexer = threads.newThread(this::indexChanges);
    indexer.start();
  }

  /** Indexes every published work; called once the application has started. */
  public void rebuild() {
    long started = System.nanoTime();
    long after = 0;
    int count = 0;
    List<IndexedWork> batch;
    do {
      batch = works.publishedAfter(after, REBUILD_BATCH);
      batch.forEach(index::upsert);
      count += batch.size();
      if (!batch.isEmpty()) {
        after = Long.parseLong(batch.getLast().id());
      }
    } while (batch.size() == REBUILD_BATCH);
    index.refresh();
    long millis = (System.nanoTime() - started) / 1_000_000;
    int indexed = count;
    LOG.info(() -> "Search index built: " + indexed + " works in " + millis + " ms");
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChange change) {
    queue.add(change);
  }

  /** Works matching the text, best first, as the viewer may see them. */
  public Page<WorkSummary> search(String text, PageRequest page, Viewer viewer) {
    SearchResult result =
        index.search(
            new SearchRequest(text, page.offset(), Math.min(page.size(), SearchRequest.MAX_LIMIT)));
    List<Long> ids = result.hits().stream().map(hit -> Long.parseLong(hit.id())).toList();
    return new Page<>(workService.summaries(ids, viewer), page, result.total());
  }

  private void indexChanges() {
    var batch = new ArrayList<CatalogueChange>();
    try {
      while (true) {
        batch.add(queue.take());
        // Let a burst of changes gather, so that the works are read and the index refreshed once
        // for all of them; a change still becomes searchable well within a second.
        Thread.sleep(GATHER_MILLIS);
        queue.drainTo(batch, INDEX_BATCH);
        apply(batch);
        batch.clear();
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  private void apply(List<CatalogueChange> changes) {
    try {
      Set<Long> workIds = new LinkedHashSet<>();
      for (CatalogueChange change : changes) {
        if (change.kind() == RecordKind.WORK) {
          workIds.add(change.id());
        } else if (change.kind() == RecordKind.PERSON) {
          workIds.addAll(works.worksOf(change.id()));
        }
      }
      Map<Long, IndexedWork> published = works.published(workIds);
      for (Long id : workIds) {
        IndexedWork work = published.get(id);
        if (work != null) {
          index.upsert(work);
        } else {
          index.remove(Long.toString(id));
        }
      }
      index.refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not index " + changes + "; it is repaired at the next start", e);
    }
  }

  @PreDestroy
  void close() {
    indexer.interrupt();
    try {
      indexer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    index.close();
  }
}
