package org.ricercar.archive.catalogue.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.CatalogueService;
import org.ricercar.archive.catalogue.HistoricalDate;
import org.ricercar.archive.catalogue.InvalidDetailsException;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.archive.catalogue.RecordNotFoundException;
import org.ricercar.archive.catalogue.RecordStateConflictException;
import org.ricercar.archive.catalogue.SortKey;
import org.ricercar.archive.catalogue.SortOrders;
import org.ricercar.archive.catalogue.Viewer;

/** Cataloguing people: the shared record life cycle plus people's own rules. */
@ApplicationScoped
@Transactional
public class PersonService extends CatalogueService<Person, PersonDetails, PersonView> {

  static final SortOrders SORTS =
      new SortOrders(
          Map.of("name", "r.sortKey", "born", "r.born", "updated", "r.updatedAt"),
          Set.of("born"),
          "name");

  @Override
  public RecordKind kind() {
    return RecordKind.PERSON;
  }

  @Override
  protected Class<Person> recordType() {
    return Person.class;
  }

  @Override
  protected Class<PersonDetails> detailsType() {
    return PersonDetails.class;
  }

  @Override
  protected Person newRecord(PersonDetails details) {
    checkLifeDates(details);
    return new Person(details);
  }

  @Override
  protected void revise(Person person, PersonDetails details) {
    checkLifeDates(details);
    person.revise(details);
  }

  @Override
  protected PersonDetails detailsOf(Person person) {
    return person.details();
  }

  @Override
  protected PersonView view(Person person, Viewer viewer) {
    return PersonView.of(person);
  }

  @Override
  protected void checkWithdrawable(Person person) {
    long works =
        em.createQuery(
                "select count(w) from Work w join w.composers c"
                    + " where c.id = :id and w.withdrawal.withdrawnAt is null",
                Long.class)
            .setParameter("id", person.id())
            .getSingleResult();
    if (works > 0) {
      throw new RecordStateConflictException(
          person.name()
              + " is a composer of "
              + works
              + " published work(s); re-attribute or withdraw them first");
    }
  }

  /**
   * People in name order; {@code text}, when given, must occur in a name (ignoring case and
   * diacritics).
   */
  public Page<PersonSummary> list(PageRequest request, Viewer viewer, String text) {
    var where = new StringBuilder("from Person r where 1 = 1");
    var parameters = new HashMap<String, Object>();
    if (viewer == Viewer.PUBLIC) {
      where.append(" and r.withdrawal.withdrawnAt is null");
    }
    if (text != null) {
      where.append(
          " and (r.sortKey like :text or exists (select v from r.nameVariants v"
              + " where lower(v) like :text))");
      parameters.put("text", "%" + SortKey.of(text, 200) + "%");
    }
    return list(where.toString(), parameters, SORTS, request, PersonSummary::of);
  }

  /**
   * The published people holding these names, by {@link NameKey} (so "Faisst, Clara" and "Clara
   * Faisst" are one name), the earliest catalogued where several do. The look-up sees only what is
   * committed or flushed, so it does not flush pending inserts: a caller making people in the same
   * transaction keeps track of them itself.
   */
  public Map<String, Long> findByNames(Collection<String> names) {
    List<String> keys = names.stream().map(NameKey::of).distinct().toList();
    var found = new HashMap<String, Long>();
    em.createQuery(
            "select p.matchKey, min(p.id) from Person p where p.matchKey in :keys"
                + " and p.withdrawal.withdrawnAt is null group by p.matchKey",
            Object[].class)
        .setParameter("keys", keys)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .forEach(row -> found.put((String) row[0], (Long) row[1]));
    return found;
  }

  /**
   * A new person named as a file names them ("Faisst, Clara" becomes Clara Faisst, filed under
   * Faisst), with the life dates the file gives (e.g. "1750-1820") where they read as years.
   */
  public long createFromFile(String name, String lifeDates, Actor actor) {
    return create(fromFile(name, lifeDates), actor).id();
  }

  private static PersonDetails fromFile(String written, String lifeDates) {
    String name = NameKey.directOrder(written);
    String sortName = name.equals(written.strip()) ? null : written.strip();
    String[] dates = lifeDates == null ? new String[0] : lifeDates.strip().split("\\s*-\\s*");
    String born = dates.length == 2 ? lifeDate(dates[0]) : null;
    String died = dates.length == 2 ? lifeDate(dates[1]) : null;
    if (born != null && died != null && died.compareTo(born) < 0) {
      born = null;
      died = null;
    }
    return new PersonDetails(
        clip(name), clip(sortName), List.of(), born, died, null, null, null, null);
  }

  /** A year as a file writes it, if it reads as one. */
  private static String lifeDate(String text) {
    return text.matches("\\d{4}") ? text : null;
  }

  private static String clip(String text) {
    return text == null || text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  /** The person with this id, to be referenced from another record. */
  public Person reference(long id, String field) {
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw new InvalidDetailsException(
          field, new RecordNotFoundException(kind(), id).getMessage());
    }
    if (person.isWithdrawn()) {
      throw new InvalidDetailsException(field, person.name() + " (id " + id + ") is withdrawn");
    }
    return person;
  }

  private static void checkLifeDates(PersonDetails details) {
    var born = HistoricalDate.parse(details.born(), false);
    var died = HistoricalDate.parse(details.died(), false);
    if (born.isPresent() && died.isPresent() && died.get().yearTo() < born.get().yearFrom()) {
      throw new InvalidDetailsException("died", "must not be before the date of birth");
    }
  }
}
