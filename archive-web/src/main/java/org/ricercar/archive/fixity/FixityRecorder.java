package org.ricercar.archive.fixity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ricercar.archive.files.Blob;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerEvent;
import org.ricercar.governance.ledger.Sha256;

/** Reads what to check next and records checks, each batch in its own transaction. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class FixityRecorder {

  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject Ledger ledger;

  /** The digests of stored content least recently checked (never checked first). */
  public List<Sha256> leastRecentlyChecked(Instant checkedBefore, int limit) {
    return em.createQuery(
            "select b.sha256 from Blob b where b.checkedAt is null or b.checkedAt < :before"
                + " order by b.checkedAt nulls first, b.sha256",
            String.class)
        .setParameter("before", checkedBefore)
        .setMaxResults(limit)
        .getResultStream()
        .map(Sha256::new)
        .toList();
  }

  /** Records each check on its content, in the fixity log and on the ledger. */
  public void record(List<Rehash> rehashes) {
    for (Rehash rehash : rehashes) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
      Blob blob = em.find(Blob.class, rehash.expected().hex());
      blob.checked(now, rehash.outcome(), rehash.actual());
      em.persist(new FixityCheck(rehash.expected(), now, rehash.outcome(), rehash.actual()));
      var payload =
          JSON.createObjectBuilder()
              .add("outcome", rehash.outcome().name())
              .add("expectedSha256", rehash.expected().hex());
      if (rehash.actual() != null) {
        payload.add("actualSha256", rehash.actual().hex());
      } else {
        payload.addNull("actualSha256");
      }
      ledger.append(
          new LedgerEvent(
              "system:fixity",
              "fixity.checked",
              "blob:" + rehash.expected().hex(),
              payload.build().toString()));
    }
  }
}
