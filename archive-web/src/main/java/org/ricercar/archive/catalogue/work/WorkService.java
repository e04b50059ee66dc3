package org.ricercar.archive.catalogue.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.CatalogueService;
import org.ricercar.archive.catalogue.InvalidDetailsException;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.archive.catalogue.SortOrders;
import org.ricercar.archive.catalogue.Viewer;
import org.ricercar.archive.catalogue.WithdrawalView;
import org.ricercar.archive.catalogue.person.Person;
import org.ricercar.archive.catalogue.person.PersonRef;
import org.ricercar.archive.catalogue.person.PersonService;
import org.ricercar.archive.scores.ExtractedWork;
import org.ricercar.archive.scores.RejectedFileException;

/** Cataloguing works: the shared record life cycle plus listing and composer references. */
@ApplicationScoped
@Transactional
public class WorkService extends CatalogueService<Work, WorkDetails, WorkView> {

  static final SortOrders SORTS =
      new SortOrders(
          Map.of(
              "title", "r.sortKey",
              "date", "r.yearFrom",
              "catalogueNumber", "r.catalogueNumber",
              "updated", "r.updatedAt"),
          Set.of("date", "catalogueNumber"),
          "title");

  @Inject PersonService people;

  @Override
  public RecordKind kind() {
    return RecordKind.WORK;
  }

  @Override
  protected Class<Work> recordType() {
    return Work.class;
  }

  @Override
  protected Class<WorkDetails> detailsType() {
    return WorkDetails.class;
  }

  @Override
  protected Work newRecord(WorkDetails details) {
    return new Work(details, composers(details.composerIds()));
  }

  @Override
  protected void revise(Work work, WorkDetails details) {
    work.revise(details, composers(details.composerIds()));
  }

  @Override
  protected WorkDetails detailsOf(Work work) {
    return work.details();
  }

  @Override
  protected WorkView view(Work work, Viewer viewer) {
    return view(work, sources(work.id(), viewer), collections(work.id(), viewer));
  }

  @Override
  protected WorkView viewOfNew(Work work) {
    return view(work, List.of(), List.of());
  }

  private static WorkView view(
      Work work, List<WorkView.SourceLine> sources, List<WorkView.CollectionLine> collections) {
    WorkDetails d = work.details();
    return new WorkView(
        work.id(),
        work.version(),
        work.revision(),
        d.title(),
        d.alternativeTitles(),
        d.catalogueNumber(),
        d.genre(),
        d.key(),
        d.instrumentation(),
        d.metre(),
        d.movements(),
        d.date(),
        d.period(),
        d.language(),
        d.textIncipit(),
        d.notes(),
        d.incipit(),
        work.composers().stream().map(PersonRef::of).toList(),
        sources,
        collections,
        work.createdAt(),
        work.updatedAt(),
        WithdrawalView.of(work));
  }

  /** Works in the requested order, optionally only those by one composer. */
  public Page<WorkSummary> list(PageRequest request, Viewer viewer, Long composerId) {
    var where = new StringBuilder("from Work r where 1 = 1");
    var parameters = new HashMap<String, Object>();
    if (viewer == Viewer.PUBLIC) {
      where.append(" and r.withdrawal.withdrawnAt is null");
    }
    if (composerId != null) {
      where.append(" and exists (select c from r.composers c where c.id = :composer)");
      parameters.put("composer", composerId);
    }
    return list(where.toString(), parameters, SORTS, request, WorkSummary::of);
  }

  /** The named works the viewer may see, in the order of the ids given. */
  public List<WorkSummary> summaries(List<Long> ids, Viewer viewer) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Work> byId =
        em.createQuery("select r from Work r where r.id in :ids", Work.class)
            .setParameter("ids", ids)
            .getResultStream()
            .filter(viewer::sees)
            .collect(Collectors.toMap(Work::id, Function.identity()));
    return ids.stream().filter(byId::containsKey).map(byId::get).map(WorkSummary::of).toList();
  }

  /** A new work that a file describes, by composers the archive already holds. */
  public WorkView createFromFile(ExtractedWork found, List<Long> composerIds, Actor actor) {
    WorkDetails details = FromFile.newWork(found, composerIds);
    var violations = validator.validate(details);
    if (!violations.isEmpty()) {
      var first = violations.iterator().next();
      throw new RejectedFileException(
          "the work it describes cannot be catalogued: "
              + first.getPropertyPath()
              + " "
              + first.getMessage());
    }
    return create(details, actor);
  }

  /** Fills in what the work's record lacks from what a file says about it, as one revision. */
  public void supplement(long id, ExtractedWork found, Actor actor) {
    Work work = find(id);
    edit(id, work.version(), FromFile.supplement(work.details(), found), actor);
  }

  /**
   * The published works an import should add to, by {@link MatchKey} (same first composer, title
   * and catalogue number), the earliest catalogued where several match. The look-up sees only what
   * is committed or flushed, so it does not flush pending inserts.
   */
  public Map<String, Long> findMatching(Collection<String> matchKeys) {
    var found = new HashMap<String, Long>();
    em.createQuery(
            "select w.matchKey, min(w.id) from Work w where w.matchKey in :keys"
                + " and w.withdrawal.withdrawnAt is null group by w.matchKey",
            Object[].class)
        .setParameter("keys", matchKeys)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .forEach(row -> found.put((String) row[0], (Long) row[1]));
    return found;
  }

  /** The work with this id, to be referenced from another record. */
  public Work reference(long id, String field) {
    Work work = em.find(Work.class, id);
    if (work == null) {
      throw new InvalidDetailsException(field, "there is no work with id " + id);
    }
    return work;
  }

  private List<Person> composers(List<Long> ids) {
    var seen = new HashSet<Long>();
    var composers = new ArrayList<Person>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      String field = "composerIds[" + i + "]";
      if (!seen.add(ids.get(i))) {
        throw new InvalidDetailsException(field, "this person is already listed as a composer");
      }
      composers.add(people.reference(ids.get(i), field));
    }
    return composers;
  }

  private List<WorkView.SourceLine> sources(long workId, Viewer viewer) {
    return em.createQuery(
            "select s.id, cast(s.kind as String), s.title, s.holdingInstitution, s.shelfmark,"
                + " s.date, s.withdrawal.withdrawnAt from Source s where s.work.id = :work"
                + " order by s.sortKey, s.id",
            Object[].class)
        .setParameter("work", workId)
        .getResultStream()
        .map(
            row ->
                new WorkView.SourceLine(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    row[6] != null))
        .filter(line -> viewer == Viewer.LIBRARIAN || !line.withdrawn())
        .toList();
  }

  private List<WorkView.CollectionLine> collections(long workId, Viewer viewer) {
    return em.createQuery(
            "select c.id, c.title, c.withdrawal.withdrawnAt from CuratedCollection c join c.works w"
                + " where w.id = :work order by c.sortKey, c.id",
            Object[].class)
        .setParameter("work", workId)
        .getResultStream()
        .map(row -> new WorkView.CollectionLine((Long) row[0], (String) row[1], row[2] != null))
        .filter(line -> viewer == Viewer.LIBRARIAN || !line.withdrawn())
        .toList();
  }
}
