package org.ricercar.archive.catalogue.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.governance.ledger.LedgerEvent;
import org.ricercar.governance.ledger.Sha256;

/**
 * Writes and reads the revision history of catalogue records. A revision stores the record's
 * details as JSON after the change and the field-level difference to the state before. Its ledger
 * event names the fields that changed and the SHA-256 of the stored snapshot.
 */
@ApplicationScoped
public class RevisionLog {

  /** JSON-P's provider, looked up once: Json.create… would search the class path every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @PersistenceContext(unitName = "catalogue")
  private EntityManager em;

  /** Everything that describes one revision, before it is stored. */
  public record Entry(
      RecordKind kind,
      long recordId,
      int number,
      RevisionAction action,
      Instant at,
      Actor actor,
      Record before,
      Record after,
      Integer restoredFrom,
      String reason) {}

  /**
   * Stores a revision in the current transaction and returns the ledger event that records it, for
   * the caller to append as the last step of the transaction.
   */
  public LedgerEvent append(Entry entry) {
    JsonObject before =
        entry.before() == null ? JsonValue.EMPTY_JSON_OBJECT : toJson(entry.before());
    JsonObject after = toJson(entry.after());
    var changes = JSON.createArrayBuilder();
    var fields = JSON.createArrayBuilder();
    for (FieldChange change : FieldChange.between(before, after)) {
      changes.add(
          JSON.createObjectBuilder()
              .add("field", change.field())
              .add("before", change.before())
              .add("after", change.after()));
      fields.add(change.field());
    }
    String snapshot = after.toString();
    em.persist(
        new Revision(
            entry.kind(),
            entry.recordId(),
            entry.number(),
            entry.action(),
            entry.at(),
            entry.actor(),
            entry.restoredFrom(),
            entry.reason(),
            changes.build().toString(),
            snapshot));
    var payload =
        JSON.createObjectBuilder()
            .add("revision", entry.number())
            .add("fields", fields)
            .add("snapshotSha256", Sha256.of(snapshot).hex());
    if (entry.reason() != null) {
      payload.add("reason", entry.reason());
    }
    return new LedgerEvent(
        entry.actor().ledgerName(),
        entry.kind().noun() + "." + entry.action().name().toLowerCase(Locale.ROOT),
        entry.kind().subject(entry.recordId()),
        payload.build().toString());
  }

  /** A record's revisions, newest first, without snapshots. */
  public List<RevisionView> history(RecordKind kind, long recordId) {
    return em.createQuery(
            "select r from Revision r where r.kind = :kind and r.recordId = :id"
                + " order by r.number desc",
            Revision.class)
        .setParameter("kind", kind)
        .setParameter("id", recordId)
        .getResultStream()
        .map(revision -> view(revision, false))
        .toList();
  }

  /** One revision with the record's full details after it. */
  public Optional<RevisionView> revision(RecordKind kind, long recordId, int number) {
    return find(kind, recordId, number).map(revision -> view(revision, true));
  }

  /** The record's details as they were after the given revision. */
  public <D extends Record> Optional<D> detailsAfter(
      RecordKind kind, long recordId, int number, Class<D> type) {
    return find(kind, recordId, number).map(revision -> jsonb.fromJson(revision.snapshot(), type));
  }

  /** The JSON form of a record's details, as stored in snapshots. */
  public JsonObject toJson(Record details) {
    return parse(jsonb.toJson(details)).asJsonObject();
  }

  private Optional<Revision> find(RecordKind kind, long recordId, int number) {
    return em.createQuery(
            "select r from Revision r where r.kind = :kind and r.recordId = :id"
                + " and r.number = :number",
            Revision.class)
        .setParameter("kind", kind)
        .setParameter("id", recordId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  private static RevisionView view(Revision revision, boolean withSnapshot) {
    JsonArray changes = parse(revision.changes()).asJsonArray();
    return new RevisionView(
        revision.number(),
        revision.action(),
        revision.recordedAt(),
        revision.actorName(),
        revision.restoredFrom(),
        revision.reason(),
        changes.stream()
            .map(JsonValue::asJsonObject)
            .map(c -> new FieldChange(c.getString("field"), c.get("before"), c.get("after")))
            .toList(),
        withSnapshot ? parse(revision.snapshot()).asJsonObject() : null);
  }

  private static JsonValue parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
