package org.ricercar.archive.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ricercar.archive.catalogue.person.Person;
import org.ricercar.archive.catalogue.work.Work;
import org.ricercar.archive.catalogue.work.WorkDetails;
import org.ricercar.search.IndexedWork;

/** Reads works from the catalogue in the form the search index takes them. */
@ApplicationScoped
@Transactional
public class IndexedWorks {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  /** Those of the given works that are published, by id; withdrawn and unknown ids are absent. */
  public Map<Long, IndexedWork> published(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select r from Work r where r.id in :ids and r.withdrawal.withdrawnAt is null",
            Work.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Work::id, IndexedWorks::indexed));
  }

  /** A page of published works in id order, starting after the given id. */
  public List<IndexedWork> publishedAfter(long afterId, int limit) {
    return em.createQuery(
            "select r from Work r where r.id > :after and r.withdrawal.withdrawnAt is null"
                + " order by r.id",
            Work.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultStream()
        .map(IndexedWorks::indexed)
        .toList();
  }

  /** The ids of every work, published or not, that names the person as a composer. */
  public List<Long> worksOf(long personId) {
    return em.createQuery(
            "select r.id from Work r join r.composers c where c.id = :person", Long.class)
        .setParameter("person", personId)
        .getResultList();
  }

  private static IndexedWork indexed(Work work) {
    WorkDetails d = work.details();
    var composerNames = new ArrayList<String>();
    for (Person composer : work.composers()) {
      composerNames.addAll(composer.allNames());
    }
    var other = new ArrayList<String>(d.instrumentation());
    if (d.textIncipit() != null) {
      other.add(d.textIncipit());
    }
    if (d.notes() != null) {
      other.add(d.notes());
    }
    if (d.key() != null) {
      other.add(d.key());
    }
    return new IndexedWork(
        Long.toString(work.id()),
        d.title(),
        d.alternativeTitles(),
        composerNames,
        d.catalogueNumber(),
        d.genre(),
        String.join("\n", other));
  }
}
