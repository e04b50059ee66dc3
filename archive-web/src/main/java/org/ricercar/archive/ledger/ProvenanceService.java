package org.ricercar.archive.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.archive.catalogue.Viewer;
import org.ricercar.archive.catalogue.work.WorkService;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerRecord;

/**
 * A record's provenance trail: the ledger entries about a work, its sources, their files and the
 * fixity checks of those files' content.
 */
@ApplicationScoped
public class ProvenanceService {

  static final int MAX_ENTRIES = 500;

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject WorkService works;

  @Inject Ledger ledger;

  public List<LedgerRecord> ofWork(long workId, Viewer viewer) {
    works.requireVisible(workId, viewer);
    var subjects = new ArrayList<String>();
    subjects.add(RecordKind.WORK.subject(workId));
    em.createQuery("select s.id from Source s where s.work.id = :work", Long.class)
        .setParameter("work", workId)
        .getResultStream()
        .map(RecordKind.SOURCE::subject)
        .forEach(subjects::add);
    em.createQuery(
            "select f.id, f.sha256 from SourceFile f where f.source.work.id = :work",
            Object[].class)
        .setParameter("work", workId)
        .getResultStream()
        .forEach(
            row -> {
              subjects.add("file:" + row[0]);
              subjects.add("blob:" + row[1]);
            });
    return ledger.trail(subjects.stream().distinct().toList(), MAX_ENTRIES);
  }
}
