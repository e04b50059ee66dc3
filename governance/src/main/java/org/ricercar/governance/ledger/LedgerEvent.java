package org.ricercar.governance.ledger;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something consequential that happened: who did it, what kind of event it was, what it concerned,
 * and a JSON payload with the details. The input to {@link Ledger#append(LedgerEvent)}.
 *
 * @param actor who caused the event, e.g. {@code "user:lena"} or {@code "system:fixity"}
 * @param type dotted lower-case event type, e.g. {@code "member.role-granted"}
 * @param subject the record the event concerns, e.g. {@code "work:42"}
 * @param payload the event's details as a JSON text
 */
public record LedgerEvent(String actor, String type, String subject, String payload) {

  static final int MAX_PAYLOAD_CHARS = 65_536;
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

  public LedgerEvent {
    requireText(actor, "actor", 200);
    requireText(type, "type", 100);
    requireText(subject, "subject", 200);
    Objects.requireNonNull(payload, "payload");
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("event type must be dotted lower-case words: " + type);
    }
    if (payload.length() > MAX_PAYLOAD_CHARS) {
      throw new IllegalArgumentException("payload exceeds " + MAX_PAYLOAD_CHARS + " characters");
    }
  }

  private static void requireText(String value, String name, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(
          name + " must be non-blank and at most " + maxLength + " characters");
    }
  }
}
