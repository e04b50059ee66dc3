package org.ricercar.governance.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread per node that seals pending ledger events onto the chain. A transaction that
 * appended events wakes it when it commits; it also looks once a second, for events that another
 * node recorded or that were left pending by a crash.
 */
@Singleton
@Startup
@DependsOn("GovernanceSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerSealing {

  private static final Logger LOG = Logger.getLogger(LedgerSealing.class.getName());
  private static final int BATCH = 500;
  private static final long IDLE_SECONDS = 1;
  private static final long GATHER_MILLIS = 50;

  @EJB private Ledger ledger;

  @Resource private ManagedThreadFactory threads;

  private final Semaphore work = new Semaphore(0);
  private Thread sealer;

  @PostConstruct
  void start() {
    sealer = threads.newThread(this::sealAsEventsArrive);
    sealer.setName("ledger-sealer");
    sealer.start();
  }

  /** A callback for a transaction that appended events: wakes the sealer once it has committed. */
  public Synchronization afterCommit() {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          work.release();
        }
      }
    };
  }

  private void sealAsEventsArrive() {
    try {
      while (true) {
        if (work.tryAcquire(IDLE_SECONDS, TimeUnit.SECONDS)) {
          // Let the commits of a burst gather, so that one transaction seals them all.
          Thread.sleep(GATHER_MILLIS);
        }
        work.drainPermits();
        sealPending();
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  private void sealPending() throws InterruptedException {
    try {
      while (ledger.seal(BATCH) == BATCH) {
        // more are waiting
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not seal pending ledger events; trying again shortly", e);
      Thread.sleep(TimeUnit.SECONDS.toMillis(IDLE_SECONDS));
    }
  }

  @PreDestroy
  void stop() {
    sealer.interrupt();
    try {
      sealer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
