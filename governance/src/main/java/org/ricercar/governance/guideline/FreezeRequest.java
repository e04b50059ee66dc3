package org.ricercar.governance.guideline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Which revision a steward freezes: it must be the current one, so nobody freezes a stale text. */
public record FreezeRequest(
    @NotNull(message = "say which revision to freeze") @Positive Integer revision) {}
