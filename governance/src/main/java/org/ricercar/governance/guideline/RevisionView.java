package org.ricercar.governance.guideline;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** One revision's text, with its freeze (hash) if it was frozen. */
public record RevisionView(
    int number,
    String title,
    String purpose,
    String author,
    String note,
    Instant createdAt,
    String creditedTo,
    Long amendmentId,
    List<ClauseView> clauses,
    FreezeView frozen) {

  public record ClauseView(
      String key,
      int number,
      String text,
      List<String> principles,
      Integer policyArea,
      JsonObject rule) {}

  public record FreezeView(String hash, Instant frozenAt, String frozenBy) {}
}
