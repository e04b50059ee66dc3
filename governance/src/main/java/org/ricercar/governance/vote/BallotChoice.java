package org.ricercar.governance.vote;

import jakarta.validation.constraints.NotNull;

/** The choice a member casts. */
public record BallotChoice(@NotNull(message = "choose YES, NO or ABSTAIN") Choice choice) {}
