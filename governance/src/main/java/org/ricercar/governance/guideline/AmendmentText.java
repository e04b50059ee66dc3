package org.ricercar.governance.guideline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A proposed amendment: the clause's replacement text and why.
 *
 * @param clauseKey the clause to amend
 * @param text the text that would replace the clause's
 * @param rationale why the change is needed
 */
public record AmendmentText(
    @NotBlank(message = "say which clause") @Size(max = 20) String clauseKey,
    @NotBlank(message = "the replacement text is required") @Size(max = 5000) String text,
    @NotBlank(message = "say why the clause should change") @Size(max = 5000) String rationale) {

  public AmendmentText {
    clauseKey = Texts.optional(clauseKey);
    text = Texts.optional(text);
    rationale = Texts.optional(rationale);
  }
}
