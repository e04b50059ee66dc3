package org.ricercar.archive.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ricercar.archive.ArchiveSettings;
import org.ricercar.archive.catalogue.RecordStateConflictException;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerRecord;
import org.ricercar.search.CatalogueIndex;
import org.ricercar.search.IndexedWork;

/**
 * This node's search index, kept current by following the provenance ledger.
 *
 * <p>Every catalogue change is on the ledger, written in the change's own transaction and sealed
 * onto the chain once committed, so the ledger is the index's change log. One thread reads the
 * entries after the index's position, re-reads the works they affect and applies them; every few
 * seconds it commits the index with the position reached. After a crash the index reopens at its
 * last commit and replays from there: re-indexing a work is idempotent, so nothing is lost or
 * doubled.
 *
 * <p>The same thread runs full rebuilds (at first start, or when an admin asks), so changes and
 * rebuilds never interleave; searches keep using the previous index until a rebuild finishes.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
  private static final long POLL_MILLIS = 250;
  private static final long COMMIT_MILLIS = 2_000;
  private static final int LOG_BATCH = 1_000;
  private static final int REBUILD_BATCH = 1_000;

  @Inject ArchiveSettings settings;

  @Inject IndexedWorks works;

  @Inject Ledger ledger;

  @Resource ManagedThreadFactory threads;

  private final Semaphore wake = new Semaphore(0);
  private CatalogueIndex index;
  private Thread indexer;
  private volatile boolean rebuildRequested;
  private volatile RebuildStatus rebuild = RebuildStatus.NONE;
  private volatile String error;

  /** Opens the index (building it when new) and starts following the ledger. */
  public void start() {
    index = openOrReplace(settings.searchIndex());
    // An index ahead of the ledger was built from another database (one restored or replaced).
    rebuildRequested = index.needsRebuild() || index.position() > ledger.lastSequence();
    indexer = threads.newThread(this::follow);
    indexer.setName("search-indexer");
    indexer.start();
  }

  /** The index to search. */
  public CatalogueIndex index() {
    return index;
  }

  /** Starts a full rebuild in the background; refused while one runs. */
  public RebuildStatus requestRebuild() {
    if (rebuildRequested || rebuild.running()) {
      throw new RecordStateConflictException("A rebuild of the search index is already running.");
    }
    rebuildRequested = true;
    wake.release();
    return rebuild;
  }

  public IndexStatus status() {
    if (index == null) {
      return new IndexStatus(0, 0, 0, 0, rebuild, "the search index has not been opened yet");
    }
    long ledgerPosition = ledger.lastSequence();
    long position = index.position();
    return new IndexStatus(
        position,
        ledgerPosition,
        Math.max(0, ledgerPosition - position),
        index.size(),
        rebuild,
        error);
  }

  private void follow() {
    long lastCommit = System.nanoTime();
    boolean uncommitted = false;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        wake.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (rebuildRequested) {
          rebuildNow();
          uncommitted = false;
          continue;
        }
        List<LedgerRecord> entries = ledger.after(index.position(), LOG_BATCH);
        if (!entries.isEmpty()) {
          apply(entries);
          uncommitted = true;
        }
        if (entries.size() == LOG_BATCH) {
          wake.release(); // there are probably more
        }
        if (uncommitted && System.nanoTime() - lastCommit > COMMIT_MILLIS * 1_000_000) {
          index.commit();
          uncommitted = false;
          lastCommit = System.nanoTime();
        }
        error = null;
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        error = e.toString();
        LOG.log(Level.SEVERE, "The search index could not apply catalogue changes", e);
        pause();
      }
    }
  }

  private void apply(List<LedgerRecord> entries) {
    Set<String> subjects = new HashSet<>();
    entries.forEach(entry -> subjects.add(entry.subject()));
    Set<Long> affected = new HashSet<>(works.currentlyReferring(subjects));
    index.idsReferencing(subjects).forEach(id -> affected.add(Long.parseLong(id)));
    Map<Long, IndexedWork> published = works.published(affected);
    var removed = new ArrayList<String>();
    for (Long id : affected) {
      if (!published.containsKey(id)) {
        removed.add(Long.toString(id));
      }
    }
    index.apply(published.values(), removed, entries.getLast().sequence());
  }

  private void rebuildNow() {
    // Every change sealed up to here is in the database; later ones are applied after the rebuild.
    long position = ledger.lastSequence();
    rebuild = RebuildStatus.started(works.publishedCount());
    rebuildRequested = false;
    LOG.info(() -> "Rebuilding the search index: " + rebuild.total() + " works");
    var building = index.rebuild(position);
    try {
      long after = 0;
      long indexed = 0;
      List<IndexedWork> batch;
      do {
        if (Thread.currentThread().isInterrupted()) {
          throw new IllegalStateException("the application is stopping");
        }
        batch = works.publishedAfter(after, REBUILD_BATCH);
        building.add(batch);
        indexed += batch.size();
        rebuild = rebuild.progressed(indexed);
        if (!batch.isEmpty()) {
          after = Long.parseLong(batch.getLast().id());
        }
      } while (batch.size() == REBUILD_BATCH);
      building.finish();
      rebuild = rebuild.finished();
      LOG.info(
          () ->
              "Search index rebuilt: "
                  + rebuild.indexed()
                  + " works at "
                  + rebuild.worksPerSecond()
                  + " works/s");
    } catch (RuntimeException e) {
      building.abandon();
      rebuild = rebuild.failed(e.toString());
      LOG.log(Level.SEVERE, "The search index rebuild failed; the previous index stays", e);
    }
  }

  /** Opens the index; one that cannot be read is set aside (for inspection) and rebuilt. */
  private static CatalogueIndex openOrReplace(Path folder) {
    try {
      return CatalogueIndex.open(folder);
    } catch (UncheckedIOException | IllegalArgumentException unreadable) {
      Path aside =
          folder.resolveSibling(
              folder.getFileName() + "-unreadable-" + Instant.now().toEpochMilli());
      LOG.log(
          Level.SEVERE,
          "The search index at "
              + folder
              + " cannot be read; it is moved to "
              + aside
              + " and rebuilt",
          unreadable);
      try {
        Files.move(folder, aside);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return CatalogueIndex.open(folder);
    }
  }

  private void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void stop() {
    if (indexer == null) {
      return;
    }
    indexer.interrupt();
    try {
      indexer.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (!rebuild.running()) {
        index.commit();
      }
    } finally {
      index.close();
    }
  }
}
