package org.ricercar.search.melody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbcKeyTest {

  @Test
  void namesMajorMinorAndChurchModes() {
    assertThat(AbcKey.parse("G").key()).hasToString("G major");
    assertThat(AbcKey.parse("Bb").key()).hasToString("B-flat major");
    assertThat(AbcKey.parse("F#m").key()).hasToString("F-sharp minor");
    assertThat(AbcKey.parse("A mix").key()).hasToString("A mixolydian");
    assertThat(AbcKey.parse("ADor").key()).hasToString("A dorian");
    assertThat(AbcKey.parse("E minor % comment").key()).hasToString("E minor");
    assertThat(AbcKey.parse("G clef=bass").key()).hasToString("G major");
  }

  @Test
  void givesTheModesSignatureWithExplicitAccidentals() {
    assertThat(AbcKey.parse("A mix").signature()).isEqualTo(KeySignature.ofFifths(2));
    assertThat(AbcKey.parse("Dm^c").signature())
        .isEqualTo(KeySignature.NONE.with('B', -1).with('C', 1));
    assertThat(AbcKey.parse("GLyd =f").signature()).isEqualTo(KeySignature.NONE.with('C', 1));
    assertThat(AbcKey.parse("D exp _b").signature()).isEqualTo(KeySignature.NONE.with('B', -1));
  }

  @Test
  void hasNoKeyForNoneAndBagpipes() {
    assertThat(AbcKey.parse("none")).isEqualTo(AbcKey.NONE);
    assertThat(AbcKey.parse("")).isEqualTo(AbcKey.NONE);
    assertThat(AbcKey.parse("HP")).isEqualTo(AbcKey.NONE);
    assertThat(AbcKey.parse("Hp").signature()).isEqualTo(KeySignature.ofFifths(2));
  }
}
