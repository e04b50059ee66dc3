package org.ricercar.archive.catalogue.revision;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

  @Test
  void listsTheFieldsThatChangedWithBothValues() {
    var before =
        Json.createObjectBuilder()
            .add("title", "Trio")
            .add("genre", "Piano trio")
            .addNull("key")
            .build();
    var after =
        Json.createObjectBuilder()
            .add("title", "Trio in E minor")
            .add("genre", "Piano trio")
            .add("key", "E minor")
            .build();

    var changes = FieldChange.between(before, after);

    assertThat(changes).extracting(FieldChange::field).containsExactly("key", "title");
    assertThat(changes.get(0).before()).isEqualTo(JsonValue.NULL);
    assertThat(changes.get(1).after()).isEqualTo(Json.createValue("Trio in E minor"));
  }

  @Test
  void anEmptyListIsNoChangeFromNothing() {
    var before = JsonValue.EMPTY_JSON_OBJECT;
    var after =
        Json.createObjectBuilder()
            .add("alternativeTitles", JsonValue.EMPTY_JSON_ARRAY)
            .add("title", "Lied")
            .build();

    assertThat(FieldChange.between(before, after))
        .extracting(FieldChange::field)
        .containsExactly("title");
  }
}
