package org.ricercar.governance.guideline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A comment on a clause.
 *
 * @param clauseKey the clause commented on
 * @param body the comment
 * @param parentId the top-level comment this replies to, if any
 */
public record CommentText(
    @NotBlank(message = "say which clause") @Size(max = 20) String clauseKey,
    @NotBlank(message = "the comment is empty") @Size(max = 5000) String body,
    @Positive Long parentId) {

  public CommentText {
    clauseKey = Texts.optional(clauseKey);
    body = Texts.optional(body);
  }
}
