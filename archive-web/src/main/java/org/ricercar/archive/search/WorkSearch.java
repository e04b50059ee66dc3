package org.ricercar.archive.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import org.ricercar.search.SearchRequest;
import org.ricercar.search.SearchResult;

/**
 * Full-text search over published works. The index lives in memory: it is built from the database
 * at start-up and updated after each committed change, so it never holds rolled-back data. Updates
 * run one at a time on a container-managed thread of their own, in the order the changes were
 * committed, each reading the current state of the record it concerns.
 */
@ApplicationScoped
public class WorkSearch {

  private static final Logger LOG = Logger.getLogger(WorkSearch.class.getName());
  private static final int REBUILD_BATCH = 500;

  @Inject IndexedWorks works;

  @Inject WorkService workService;

  @Resource ManagedThreadFactory threads;

  private CatalogueIndex index;
  private ExecutorService indexer;

  @PostConstruct
  void open() {
    index = CatalogueIndex.inMemory();
    indexer = Executors.newSingleThreadExecutor(threads);
  }

  /** Indexes every published work; called once the application has started. */
  public void rebuild() {
    long started = System.nanoTime();
    long after = 0;
    int count = 0;
    List<org.ricercar.search.IndexedWork> batch;
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
    indexer.execute(() -> apply(change));
  }

  private void apply(CatalogueChange change) {
    try {
      if (change.kind() == RecordKind.WORK) {
        reindex(change.id());
      } else if (change.kind() == RecordKind.PERSON) {
        works.worksOf(change.id()).forEach(this::reindex);
      }
      index.refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not index " + change + "; it is repaired at the next start", e);
    }
  }

  /** Works matching the text, best first, as the viewer may see them. */
  public Page<WorkSummary> search(String text, PageRequest page, Viewer viewer) {
    SearchResult result =
        index.search(
            new SearchRequest(text, page.offset(), Math.min(page.size(), SearchRequest.MAX_LIMIT)));
    List<Long> ids = result.hits().stream().map(hit -> Long.parseLong(hit.id())).toList();
    return new Page<>(workService.summaries(ids, viewer), page, result.total());
  }

  private void reindex(long workId) {
    works
        .published(workId)
        .ifPresentOrElse(index::upsert, () -> index.remove(Long.toString(workId)));
  }

  @PreDestroy
  void close() {
    indexer.shutdown();
    try {
      indexer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    index.close();
  }
}
