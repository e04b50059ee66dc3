package org.ricercar.governance.guideline;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.ricercar.governance.ledger.Sha256;

/**
 * A revision's canonical text, the one its freeze hashes: compact JSON with the keys in a fixed
 * order ({@code title, purpose, clauses: [key, number, text, principles (sorted), policyArea,
 * rule]}), absent values as null. Anyone can rebuild it from the revision the API returns and
 * recompute the SHA-256.
 */
public final class CanonicalText {

  private static final JsonProvider JSON = JsonProvider.provider();

  private CanonicalText() {}

  public static String of(Revision revision) {
    var clauses = JSON.createArrayBuilder();
    for (Clause clause : revision.clauses()) {
      var principles = JSON.createArrayBuilder();
      clause.principles().forEach(principles::add);
      clauses.add(
          JSON.createObjectBuilder()
              .add("key", clause.key())
              .add("number", clause.number())
              .add("text", clause.text())
              .add("principles", principles)
              .add(
                  "policyArea",
                  clause.policyArea() == null
                      ? JsonValue.NULL
                      : JSON.createValue(clause.policyArea()))
              .add("rule", clause.rule() == null ? JsonValue.NULL : parse(clause.rule())));
    }
    return JSON.createObjectBuilder()
        .add("title", revision.title())
        .add(
            "purpose",
            revision.purpose() == null ? JsonValue.NULL : JSON.createValue(revision.purpose()))
        .add("clauses", clauses)
        .build()
        .toString();
  }

  public static String sha256(Revision revision) {
    return Sha256.of(of(revision)).hex();
  }

  static JsonObject parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
