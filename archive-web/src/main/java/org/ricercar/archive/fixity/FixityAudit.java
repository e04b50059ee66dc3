package org.ricercar.archive.fixity;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ricercar.archive.files.BlobStore;
import org.ricercar.archive.files.FixityOutcome;
import org.ricercar.governance.ledger.Sha256;

/**
 * Re-hashes every stored file once per audit, least recently checked first, in batches: the reading
 * happens outside any transaction, each batch of results is recorded in one.
 */
@ApplicationScoped
public class FixityAudit {

  private static final Logger LOG = Logger.getLogger(FixityAudit.class.getName());
  private static final int BATCH = 50;

  @Inject FixityRecorder recorder;

  @Inject BlobStore store;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();

  /** What one audit did. */
  public record Summary(int checked, int failing, long bytes, long millis) {}

  /** Starts an audit in the background; false when one is already running on this node. */
  public boolean start() {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    executor.execute(
        () -> {
          try {
            run();
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The fixity audit stopped", e);
          } finally {
            running.set(false);
          }
        });
    return true;
  }

  public boolean isRunning() {
    return running.get();
  }

  /** Checks every file stored before now, in the calling thread. */
  public Summary run() {
    long start = System.nanoTime();
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    int checked = 0;
    int failing = 0;
    long bytes = 0;
    while (true) {
      List<Sha256> batch = recorder.leastRecentlyChecked(startedAt, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      List<Rehash> rehashes = batch.stream().map(sha -> Rehash.of(sha, store.path(sha))).toList();
      recorder.record(rehashes);
      for (Rehash rehash : rehashes) {
        checked++;
        bytes += rehash.bytes();
        if (rehash.outcome() != FixityOutcome.OK) {
          failing++;
          LOG.warning(
              () -> "Fixity: " + rehash.expected() + " is " + rehash.outcome() + " in the store");
        }
      }
    }
    var summary = new Summary(checked, failing, bytes, (System.nanoTime() - start) / 1_000_000);
    LOG.info(() -> "Fixity audit: " + summary);
    return summary;
  }
}
