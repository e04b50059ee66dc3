package org.ricercar.governance.guideline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an amendment is rejected. */
public record Rejection(
    @NotBlank(message = "give the proposer a reason") @Size(max = 2000) String reason) {

  public Rejection {
    reason = Texts.optional(reason);
  }
}
