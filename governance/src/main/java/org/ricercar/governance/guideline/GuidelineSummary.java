package org.ricercar.governance.guideline;

import java.time.Instant;

/** A guideline in a listing. */
public record GuidelineSummary(
    long id,
    String title,
    GuidelineState state,
    int revision,
    String author,
    Instant updatedAt,
    Integer inForceRevision) {

  static GuidelineSummary of(Guideline g) {
    return new GuidelineSummary(
        g.id(),
        g.title(),
        g.state(),
        g.currentRevision(),
        g.authorName(),
        g.updatedAt(),
        g.inForceRevision());
  }
}
