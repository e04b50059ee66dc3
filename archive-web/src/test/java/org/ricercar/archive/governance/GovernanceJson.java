package org.ricercar.archive.governance;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;

/** Request bodies for the governance API, as a client writes them. */
public final class GovernanceJson {

  private GovernanceJson() {}

  /** A draft with the given clause texts, each serving transparency and human oversight. */
  public static String draft(String title, String... clauses) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String clause : clauses) {
      list.add(
          Json.createObjectBuilder()
              .add("text", clause)
              .add(
                  "principles",
                  Json.createArrayBuilder().add("transparency").add("human-oversight"))
              .add("policyArea", 7));
    }
    return Json.createObjectBuilder()
        .add("title", title)
        .add("purpose", "How AI may help restore scores without hiding what it supplied.")
        .add("clauses", list)
        .build()
        .toString();
  }

  /** The current revision's clauses, sent back as a revision with one clause's text replaced. */
  static String revision(JsonObject guideline, int clauseIndex, String newText, String note) {
    JsonObject current = guideline.getJsonObject("current");
    JsonArrayBuilder clauses = Json.createArrayBuilder();
    var existing = current.getJsonArray("clauses");
    for (int i = 0; i < existing.size(); i++) {
      JsonObject clause = existing.getJsonObject(i);
      var sent =
          Json.createObjectBuilder()
              .add("key", clause.getString("key"))
              .add("text", i == clauseIndex ? newText : clause.getString("text"))
              .add("principles", clause.getJsonArray("principles"));
      if (clause.containsKey("policyArea")) {
        sent.add("policyArea", clause.get("policyArea"));
      }
      clauses.add(sent);
    }
    return Json.createObjectBuilder()
        .add("title", current.getString("title"))
        .add("clauses", clauses)
        .add("note", note)
        .build()
        .toString();
  }

  public static String voteRules(long guidelineId, Instant closesAt, int quorum, String threshold) {
    return Json.createObjectBuilder()
        .add("guidelineId", guidelineId)
        .add("closesAt", closesAt.toString())
        .add("quorum", quorum)
        .add("threshold", threshold)
        .build()
        .toString();
  }

  static String choice(String choice) {
    return Json.createObjectBuilder().add("choice", choice).build().toString();
  }
}
