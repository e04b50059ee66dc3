package org.ricercar.search.melody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyAndMeterTest {

  @Test
  void writesKeysAsTheCatalogueShowsThem() {
    assertThat(new Key('E', -1, Mode.MAJOR)).hasToString("E-flat major");
    assertThat(new Key('C', 1, Mode.MINOR)).hasToString("C-sharp minor");
    assertThat(new Key('D', 0, Mode.PHRYGIAN)).hasToString("D phrygian");
  }

  @Test
  void derivesKeySignaturesFromKeys() {
    assertThat(new Key('C', 0, Mode.MINOR).signature())
        .isEqualTo(KeySignature.NONE.with('B', -1).with('E', -1).with('A', -1));
    assertThat(new Key('D', 0, Mode.DORIAN).signature()).isEqualTo(KeySignature.NONE);
    assertThat(new Key('F', 0, Mode.LYDIAN).signature()).isEqualTo(KeySignature.NONE);
    assertThat(KeySignature.ofFifths(8).alterOf('F')).isEqualTo(2);
    assertThat(KeySignature.ofFifths(-7).alterOf('F')).isEqualTo(-1);
  }

  @Test
  void readsTimeSignaturesOfBothNotations() {
    assertThat(Meter.parse("C")).contains(new Meter(4, 4));
    assertThat(Meter.parse("c/")).contains(new Meter(2, 2));
    assertThat(Meter.parse("C|")).contains(new Meter(2, 2));
    assertThat(Meter.parse("2+3+2/8")).contains(new Meter(7, 8));
    assertThat(Meter.parse("none")).isEmpty();
    assertThat(new Meter(6, 8).isCompound()).isTrue();
    assertThat(new Meter(3, 4).isCompound()).isFalse();
  }
}
