package org.ricercar.archive.catalogue.revision;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One field that a revision changed, with its JSON value before and after.
 *
 * @param field the field's name as the API spells it
 * @param before the value before the change (JSON null when absent)
 * @param after the value after the change (JSON null when absent)
 */
public record FieldChange(String field, JsonValue before, JsonValue after) {

  /**
   * The fields whose values differ between two snapshots, in alphabetical order. An absent value
   * and an empty list are the same: neither is a change worth showing.
   */
  public static List<FieldChange> between(JsonObject before, JsonObject after) {
    var fields = new TreeSet<String>(before.keySet());
    fields.addAll(after.keySet());
    var changes = new ArrayList<FieldChange>();
    for (String field : fields) {
      JsonValue old = emptyAsNull(before.getOrDefault(field, JsonValue.NULL));
      JsonValue now = emptyAsNull(after.getOrDefault(field, JsonValue.NULL));
      if (!old.equals(now)) {
        changes.add(new FieldChange(field, old, now));
      }
    }
    return changes;
  }

  private static JsonValue emptyAsNull(JsonValue value) {
    return value.equals(JsonValue.EMPTY_JSON_ARRAY) ? JsonValue.NULL : value;
  }
}
