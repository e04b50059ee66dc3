package org.ricercar.governance.guideline;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A clause as a member writes it.
 *
 * @param key the key of the current revision's clause this revises; null for a new clause
 * @param text the clause's prose
 * @param principles codes of the framework principles it serves (at least one)
 * @param policyArea the number of the framework's policy area it belongs to, if any
 * @param rule the clause's machine-checkable form, a JSON object, if any
 */
public record ClauseText(
    @Size(max = 20) String key,
    @NotBlank(message = "a clause needs its text") @Size(max = 5000) String text,
    @NotNull(message = "tag the clause with at least one principle")
        @Size(min = 1, max = 10, message = "tag the clause with 1 to 10 principles")
        List<@NotBlank String> principles,
    @Min(1) @Max(11) Integer policyArea,
    JsonObject rule) {

  static final int MAX_RULE_CHARS = 10_000;

  public ClauseText {
    key = Texts.optional(key);
    text = Texts.optional(text);
    principles = principles == null ? null : principles.stream().map(Texts::optional).toList();
  }
}
