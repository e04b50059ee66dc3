package org.ricercar.governance.guideline;

import java.time.Instant;

/** A comment as the guideline page shows it. */
public record CommentView(
    long id,
    String clauseKey,
    int revision,
    Long parentId,
    String author,
    String body,
    Instant createdAt) {

  static CommentView of(Comment c) {
    return new CommentView(
        c.id(), c.clauseKey(), c.revision(), c.parentId(), c.authorName(), c.body(), c.createdAt());
  }
}
