package org.ricercar.governance.guideline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A guideline's text as its author writes it: a new draft, or a new revision of one.
 *
 * @param title the guideline's title
 * @param purpose what the guideline is for
 * @param clauses the clauses in the order to number them
 * @param note what this revision changes (for a new revision)
 */
public record DraftText(
    @NotBlank(message = "a title is required") @Size(max = 300) String title,
    @Size(max = 5000) String purpose,
    @NotNull(message = "a guideline needs at least one clause")
        @Size(min = 1, max = 100, message = "a guideline has 1 to 100 clauses")
        List<@NotNull @Valid ClauseText> clauses,
    @Size(max = 500) String note) {

  public DraftText {
    title = Texts.optional(title);
    purpose = Texts.optional(purpose);
    note = Texts.optional(note);
  }
}
