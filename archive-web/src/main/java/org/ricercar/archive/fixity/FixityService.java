package org.ricercar.archive.fixity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.files.FixityOutcome;

/** What the audits found, for the audit page, the API and the health check. */
@ApplicationScoped
public class FixityService {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject FixityAudit audit;

  public FixityReport report() {
    Object[] totals =
        em.createQuery(
                "select count(b), count(b.checkedAt), max(b.checkedAt) from Blob b", Object[].class)
            .getSingleResult();
    List<FixityReport.Failing> failing =
        em.createQuery(
                "select f.id, f.filename, b.sha256, f.source.work.id, b.checkOutcome,"
                    + " b.actualSha256, b.checkedAt from SourceFile f, Blob b"
                    + " where f.sha256 = b.sha256 and b.checkOutcome in :failed"
                    + " order by b.checkedAt desc, f.id",
                Object[].class)
            .setParameter("failed", List.of(FixityOutcome.MISSING, FixityOutcome.CHANGED))
            .setMaxResults(1000)
            .getResultStream()
            .map(
                row ->
                    new FixityReport.Failing(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (Long) row[3],
                        row[4].toString(),
                        (String) row[5],
                        (Instant) row[6]))
            .toList();
    return new FixityReport(
        (Long) totals[0], (Long) totals[1], (Instant) totals[2], audit.isRunning(), failing);
  }

  /** How many stored contents failed their latest check. */
  public long failingCount() {
    return em.createQuery("select count(b) from Blob b where b.checkOutcome in :failed", Long.class)
        .setParameter("failed", List.of(FixityOutcome.MISSING, FixityOutcome.CHANGED))
        .getSingleResult();
  }

  /** The checks, newest first. */
  public Page<FixityReport.Check> checks(PageRequest request) {
    long total = em.createQuery("select count(c) from FixityCheck c", Long.class).getSingleResult();
    List<FixityReport.Check> checks =
        em.createQuery(
                "select c from FixityCheck c order by c.checkedAt desc, c.id desc",
                FixityCheck.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultStream()
            .map(this::check)
            .toList();
    return new Page<>(checks, request, total);
  }

  private FixityReport.Check check(FixityCheck check) {
    Object[] file =
        em.createQuery(
                "select f.id, f.filename from SourceFile f where f.sha256 = :sha256 order by f.id",
                Object[].class)
            .setParameter("sha256", check.sha256())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(new Object[2]);
    return new FixityReport.Check(
        (Long) file[0],
        (String) file[1],
        check.checkedAt(),
        check.outcome().name(),
        check.sha256(),
        check.actualSha256());
  }
}
