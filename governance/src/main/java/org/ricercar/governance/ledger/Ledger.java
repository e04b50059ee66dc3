package org.ricercar.governance.ledger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The provenance ledger. Other modules append an event in the same transaction as the change it
 * records, so the ledger never claims a change that was rolled back and never misses one that was
 * committed. Anyone may verify the chain.
 *
 * <p>An appended event is written as pending, which takes no lock, so concurrent transactions
 * commit side by side. Moments after the commit the {@link LedgerSealing} thread seals the
 * committed pending events onto the hash chain, many per transaction: an event is sealed only once
 * its change is visible, and events committed before a seal precede those committed after it.
 */
@Stateless
public class Ledger {

  private static final int VERIFY_BATCH = 500;

  @PersistenceContext(unitName = "governance")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  @EJB private LedgerSealing sealing;

  public Ledger() {}

  /** A ledger over the given entity manager, for use outside the container; nothing seals. */
  Ledger(EntityManager em) {
    this.em = em;
  }

  /**
   * Records an event for the chain. Must run inside the caller's transaction: the event commits or
   * rolls back with the change it describes, and is sealed onto the chain after the commit.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void append(LedgerEvent event) {
    em.persist(new PendingEntry(Instant.now(), event));
    if (transactions != null && transactions.getResource(LedgerSealing.class) == null) {
      transactions.putResource(LedgerSealing.class, Boolean.TRUE);
      transactions.registerInterposedSynchronization(sealing.afterCommit());
    }
  }

  /**
   * Chains up to {@code max} pending events, oldest first, in a transaction of its own, and returns
   * how many it sealed. The chain's head row is locked until the commit, so two sealers (on two
   * nodes) take turns and never seal an event twice.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int seal(int max) {
    var head = em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
    List<PendingEntry> pending =
        em.createQuery("select p from PendingEntry p order by p.id", PendingEntry.class)
            .setMaxResults(max)
            .getResultList();
    for (PendingEntry event : pending) {
      em.persist(head.extend(event.event(), event.recordedAt()));
      em.remove(event);
    }
    return pending.size();
  }

  /** The newest entries about one subject, newest first. */
  public List<LedgerRecord> trail(String subject, int limit) {
    return trail(List.of(subject), limit);
  }

  /**
   * The newest entries about any of the subjects, newest first. Events not yet sealed come first,
   * without sequence numbers or hashes.
   */
  public List<LedgerRecord> trail(Collection<String> subjects, int limit) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    var trail = new ArrayList<LedgerRecord>();
    em.createQuery(
            "select p from PendingEntry p where p.subject in :subjects order by p.id desc",
            PendingEntry.class)
        .setParameter("subjects", subjects)
        .setMaxResults(limit)
        .getResultStream()
        .map(PendingEntry::toRecord)
        .forEach(trail::add);
    if (trail.size() == limit) {
      return trail;
    }
    List<LedgerRecord> sealed =
        em.createQuery(
                "select e from LedgerEntry e where e.subject in :subjects order by e.sequence desc",
                LedgerEntry.class)
            .setParameter("subjects", subjects)
            .setMaxResults(limit)
            .getResultStream()
            .map(LedgerEntry::toRecord)
            .toList();
    // An event sealed between the two reads is in both: keep its sealed form.
    trail.removeIf(pending -> sealed.stream().anyMatch(entry -> sameEvent(pending, entry)));
    sealed.stream().limit(limit - trail.size()).forEach(trail::add);
    return trail;
  }

  private static boolean sameEvent(LedgerRecord a, LedgerRecord b) {
    return a.recordedAt().equals(b.recordedAt())
        && a.actor().equals(b.actor())
        && a.type().equals(b.type())
        && a.subject().equals(b.subject())
        && a.payload().equals(b.payload());
  }

  /**
   * Sealed entries after the given sequence number, in chain order: how other parts of the
   * application follow the ledger as a log of committed changes.
   */
  public List<LedgerRecord> after(long sequence, int limit) {
    return em.createQuery(
            "select e from LedgerEntry e where e.sequence > :after order by e.sequence",
            LedgerEntry.class)
        .setParameter("after", sequence)
        .setMaxResults(limit)
        .getResultStream()
        .map(LedgerEntry::toRecord)
        .toList();
  }

  /** The sequence number of the newest sealed entry; 0 when the ledger is empty. */
  public long lastSequence() {
    return em.find(LedgerHead.class, LedgerHead.ID).lastSequence();
  }

  /** Recomputes every entry's hashes from the first entry to the head. */
  public ChainVerification verify() {
    var verifier = new ChainVerifier();
    long after = 0;
    while (true) {
      List<LedgerEntry> batch =
          em.createQuery(
                  "select e from LedgerEntry e where e.sequence > :after order by e.sequence",
                  LedgerEntry.class)
              .setParameter("after", after)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (LedgerEntry entry : batch) {
        if (!verifier.accept(entry)) {
          return verifier.finish(currentHead());
        }
        after = entry.sequence();
      }
      em.clear();
      if (batch.size() < VERIFY_BATCH) {
        return verifier.finish(currentHead());
      }
    }
  }

  private LedgerHead currentHead() {
    return em.find(LedgerHead.class, LedgerHead.ID);
  }
}
