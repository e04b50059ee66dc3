package org.ricercar.governance.guideline;

import java.time.Instant;

/** An amendment as the guideline page shows it. */
public record AmendmentView(
    long id,
    String clauseKey,
    int revision,
    String text,
    String rationale,
    String proposer,
    AmendmentState state,
    String decidedBy,
    Instant decidedAt,
    String reason,
    Integer resultingRevision,
    Instant createdAt) {

  static AmendmentView of(Amendment a) {
    return new AmendmentView(
        a.id(),
        a.clauseKey(),
        a.revision(),
        a.text(),
        a.rationale(),
        a.proposerName(),
        a.state(),
        a.decidedBy(),
        a.decidedAt(),
        a.reason(),
        a.resultingRevision(),
        a.createdAt());
  }
}
