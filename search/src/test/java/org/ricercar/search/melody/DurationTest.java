package org.ricercar.search.melody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationTest {

  @Test
  void tiedDurationsAddUpToOneReducedDuration() {
    assertThat(new Duration(1, 4).plus(new Duration(1, 8))).isEqualTo(new Duration(3, 8));
    assertThat(new Duration(1, 2).plus(new Duration(1, 2))).hasToString("1/1");
  }
}
