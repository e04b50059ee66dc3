package org.ricercar.archive.catalogue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ricercar.archive.catalogue.revision.RevisionAction;
import org.ricercar.archive.catalogue.revision.RevisionLog;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerEvent;

/**
 * The life cycle every kind of catalogue record shares: create, read, edit against a known version,
 * restore an earlier revision, withdraw and reinstate. Each step that changes a record writes a
 * revision and a ledger entry in the same transaction; the search index follows the ledger.
 * Subclasses say how details map onto their record and how it is shown.
 *
 * @param <E> the record's entity
 * @param <D> the editable details, as submitted and as kept in revisions
 * @param <V> the record as the API shows it
 */
public abstract class CatalogueService<E extends CatalogueRecord, D extends Record, V> {

  @PersistenceContext(unitName = "catalogue")
  protected EntityManager em;

  @Inject RevisionLog revisions;

  @Inject protected Validator validator;

  @Inject Ledger ledger;

  public abstract RecordKind kind();

  protected abstract Class<E> recordType();

  protected abstract Class<D> detailsType();

  /** A new record holding the details; references in them are resolved and checked. */
  protected abstract E newRecord(D details);

  /** Applies the details to the record; references in them are resolved and checked. */
  protected abstract void revise(E record, D details);

  /** The record's current details, in the same normalised form that {@link #revise} stores. */
  protected abstract D detailsOf(E record);

  protected abstract V view(E record, Viewer viewer);

  /** The view of a record created in this transaction; nothing can refer to it yet. */
  protected V viewOfNew(E record) {
    return view(record, Viewer.LIBRARIAN);
  }

  /** Refuses a withdrawal that would leave the catalogue inconsistent; none by default. */
  protected void checkWithdrawable(E record) {}

  public V create(D details, Actor actor) {
    E record = newRecord(details);
    Instant now = now();
    // Counted before persisting: the insert carries the state the record has at persist time.
    int number = record.countRevision(now);
    em.persist(record);
    LedgerEvent event =
        revisions.append(
            new RevisionLog.Entry(
                kind(),
                record.id(),
                number,
                RevisionAction.CREATED,
                now,
                actor,
                null,
                detailsOf(record),
                null,
                null));
    ledger.append(event);
    return viewOfNew(record);
  }

  public V read(long id, Viewer viewer) {
    requireVisible(id, viewer);
    return view(find(id), viewer);
  }

  /** The record's current details and version, as the starting point of a partial update. */
  public Versioned<D> details(long id) {
    E record = find(id);
    return new Versioned<>(detailsOf(record), record.version());
  }

  public V edit(long id, long expectedVersion, D details, Actor actor) {
    return change(current(id, expectedVersion), details, RevisionAction.EDITED, null, actor);
  }

  /** Makes the record's details what they were after an earlier revision, as a new revision. */
  public V restore(long id, long expectedVersion, int revision, Actor actor) {
    E record = current(id, expectedVersion);
    D earlier =
        revisions
            .detailsAfter(kind(), id, revision, detailsType())
            .orElseThrow(
                () ->
                    new InvalidDetailsException(
                        "revision", "this " + kind().noun() + " has no revision " + revision));
    Set<ConstraintViolation<D>> violations = validator.validate(earlier);
    if (!violations.isEmpty()) {
      var errors = new LinkedHashMap<String, String>();
      violations.forEach(v -> errors.put(v.getPropertyPath().toString(), v.getMessage()));
      throw new InvalidDetailsException(errors);
    }
    return change(record, earlier, RevisionAction.RESTORED, revision, actor);
  }

  public V withdraw(long id, long expectedVersion, String reason, Actor actor) {
    E record = current(id, expectedVersion);
    checkWithdrawable(record);
    Instant now = now();
    record.withdraw(now, actor, reason);
    return stateChanged(record, RevisionAction.WITHDRAWN, now, actor, reason);
  }

  public V reinstate(long id, long expectedVersion, Actor actor) {
    E record = current(id, expectedVersion);
    record.reinstate();
    return stateChanged(record, RevisionAction.REINSTATED, now(), actor, null);
  }

  /** Fails unless the record exists and the viewer may see it. */
  public void requireVisible(long id, Viewer viewer) {
    E record = find(id);
    if (!viewer.sees(record)) {
      throw new RecordWithdrawnException(kind(), id, record.withdrawal().orElseThrow());
    }
  }

  /**
   * One page of records matching a JPQL {@code from ... where ...} clause over the alias {@code r}.
   */
  protected <S> Page<S> list(
      String fromWhere,
      Map<String, Object> parameters,
      SortOrders sorts,
      PageRequest request,
      Function<E, S> summary) {
    var count = em.createQuery("select count(r) " + fromWhere, Long.class);
    var select = em.createQuery("select r " + fromWhere + sorts.orderBy(request), recordType());
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          select.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<E> records =
        select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    return new Page<>(records.stream().map(summary).toList(), request, total);
  }

  protected E find(long id) {
    E record = em.find(recordType(), id);
    if (record == null) {
      throw new RecordNotFoundException(kind(), id);
    }
    return record;
  }

  private E current(long id, long expectedVersion) {
    E record = find(id);
    if (record.version() != expectedVersion) {
      throw new StaleVersionException(kind(), id);
    }
    return record;
  }

  private V change(E record, D details, RevisionAction action, Integer restoredFrom, Actor actor) {
    D before = detailsOf(record);
    revise(record, details);
    D after = detailsOf(record);
    if (after.equals(before)) {
      return view(record, Viewer.LIBRARIAN);
    }
    Instant now = now();
    int number = writeChange(record, now);
    LedgerEvent event =
        revisions.append(
            new RevisionLog.Entry(
                kind(),
                record.id(),
                number,
                action,
                now,
                actor,
                before,
                after,
                restoredFrom,
                null));
    ledger.append(event);
    return view(record, Viewer.LIBRARIAN);
  }

  private V stateChanged(E record, RevisionAction action, Instant now, Actor actor, String reason) {
    D details = detailsOf(record);
    int number = writeChange(record, now);
    LedgerEvent event =
        revisions.append(
            new RevisionLog.Entry(
                kind(), record.id(), number, action, now, actor, details, details, null, reason));
    ledger.append(event);
    return view(record, Viewer.LIBRARIAN);
  }

  /**
   * Counts the change and writes the record before its revision: of two concurrent edits of the
   * same version, the second then fails on the version check (412), not on the revision number.
   */
  private int writeChange(E record, Instant now) {
    int number = record.countRevision(now);
    em.flush();
    return number;
  }

  /** The time of a change, at the microsecond precision the database keeps. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
