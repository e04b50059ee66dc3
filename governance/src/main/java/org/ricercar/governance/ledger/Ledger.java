package org.ricercar.governance.ledger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The provenance ledger. Other modules append an event in the same transaction as the change it
 * records, so the ledger never claims a change that was rolled back and never misses one that was
 * committed. Anyone may verify the chain.
 */
@Stateless
public class Ledger {

  private static final int VERIFY_BATCH = 500;

  @PersistenceContext(unitName = "governance")
  private EntityManager em;

  public Ledger() {}

  /** A ledger over the given entity manager, for use outside the container. */
  Ledger(EntityManager em) {
    this.em = em;
  }

  /**
   * Appends an event to the end of the chain. Must run inside the caller's transaction: the entry
   * commits or rolls back with the change it describes.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public LedgerRecord append(LedgerEvent event) {
    var head = em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
    var entry = head.extend(event, Instant.now());
    em.persist(entry);
    return entry.toRecord();
  }

  /** The newest entries about one subject, newest first. */
  public List<LedgerRecord> trail(String subject, int limit) {
    return em.createQuery(
            "select e from LedgerEntry e where e.subject = :subject order by e.sequence desc",
            LedgerEntry.class)
        .setParameter("subject", subject)
        .setMaxResults(limit)
        .getResultStream()
        .map(LedgerEntry::toRecord)
        .toList();
  }

  /** The newest entries about any of the subjects, newest first. */
  public List<LedgerRecord> trail(Collection<String> subjects, int limit) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from LedgerEntry e where e.subject in :subjects order by e.sequence desc",
            LedgerEntry.class)
        .setParameter("subjects", subjects)
        .setMaxResults(limit)
        .getResultStream()
        .map(LedgerEntry::toRecord)
        .toList();
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
