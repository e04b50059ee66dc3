package org.ricercar.archive.catalogue.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MusicalKeyTest {

  @ParameterizedTest
  @CsvSource({
    "Eb, E-flat major",
    "eb major, E-flat major",
    "E♭ major, E-flat major",
    "E-flat major, E-flat major",
    "f# minor, F-sharp minor",
    "F sharp minor, F-sharp minor",
    "d dorian, D dorian",
    "C, C major"
  })
  void spellsEveryKeyOneWay(String written, String canonical) {
    assertThat(MusicalKey.canonical(written)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"H major", "E-flat majestic", "12"})
  void leavesNonKeysForValidationToReport(String written) {
    assertThat(MusicalKey.canonical(written)).isEqualTo(written);
    assertThat(written).doesNotMatch(MusicalKey.PATTERN);
  }
}
