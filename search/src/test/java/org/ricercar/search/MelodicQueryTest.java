package org.ricercar.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ricercar.search.melody.Incipit;

class MelodicQueryTest {

  @Test
  void needsFromThreeToFortyNotesRestsNotCounted() {
    assertThatThrownBy(() -> query("C4:1/4 r:1/4 D4:1/4", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a melody to search for needs from 3 to 40 notes, not 2");
    assertThatThrownBy(() -> query("C4:1/4 ".repeat(41), 10))
        .hasMessage("a melody to search for needs from 3 to 40 notes, not 41");
    assertThat(query("C4:1/4 ".repeat(40), 10).melody().notes()).hasSize(40);
  }

  @Test
  void returnsFromOneToAHundredHits() {
    assertThatThrownBy(() -> query("C4:1/4 D4:1/4 E4:1/4", 0))
        .hasMessage("limit must be between 1 and 100");
    assertThatThrownBy(() -> query("C4:1/4 D4:1/4 E4:1/4", 101))
        .hasMessage("limit must be between 1 and 100");
  }

  @Test
  void needsAMelodyAndAMatchMode() {
    assertThatThrownBy(() -> new MelodicQuery(null, MelodicMatch.EXACT, false, 10))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new MelodicQuery(Incipit.parse("C4:1/4"), null, false, 10))
        .isInstanceOf(NullPointerException.class);
  }

  private static MelodicQuery query(String melody, int limit) {
    return new MelodicQuery(Incipit.parse(melody), MelodicMatch.EXACT, false, limit);
  }
}
