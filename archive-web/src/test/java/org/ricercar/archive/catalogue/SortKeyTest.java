package org.ricercar.archive.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortKeyTest {

  @Test
  void foldsCaseDiacriticsAndLeadingPunctuation() {
    assertThat(SortKey.of("Élégie", 50)).isEqualTo("elegie");
    assertThat(SortKey.of("„Abendlied“", 50)).isEqualTo("abendlied“");
    assertThat(SortKey.of("Schröter,  Corona", 50)).isEqualTo("schroter, corona");
    assertThat(SortKey.of("Straße", 50)).isEqualTo("strasse");
  }

  @Test
  void fitsItsColumn() {
    assertThat(SortKey.of("x".repeat(400), 300)).hasSize(300);
  }
}
