package org.ricercar.governance.vote;

import java.time.Instant;

/**
 * A member's ballot as they see it, with the receipt to find it in the published list.
 *
 * @param replaced whether this cast replaced an earlier ballot of the same member
 */
public record BallotReceipt(Choice choice, String receipt, Instant castAt, boolean replaced) {}
