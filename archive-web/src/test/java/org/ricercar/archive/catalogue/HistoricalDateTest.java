package org.ricercar.archive.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HistoricalDateTest {

  @ParameterizedTest
  @CsvSource({
    "1841, 1841, 1841",
    "1841-03, 1841, 1841",
    "1841-03-14, 1841, 1841",
    "1841~, 1841, 1841",
    "1841?, 1841, 1841",
    "1835/1837, 1835, 1837",
    "1835-11/1836-02~, 1835, 1836"
  })
  void readsTheYearsADateMayDenote(String text, int from, int to) {
    var date = HistoricalDate.parse(text, true).orElseThrow();

    assertThat(date.yearFrom()).isEqualTo(from);
    assertThat(date.yearTo()).isEqualTo(to);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "c. 1841",
        "1841-13",
        "1841-02-30",
        "1837/1835",
        "1841-05/1841-03",
        "841",
        "1841/"
      })
  void rejectsWhatIsNotADate(String text) {
    assertThat(HistoricalDate.parse(text, true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1805/1806"})
  void lifeDatesAreSingleDates(String text) {
    assertThat(HistoricalDate.parse(text, false)).isEmpty();
  }
}
