package org.ricercar.archive.scores;

import java.util.Optional;

/**
 * An opening time signature as the catalogue writes it: "3/4", "6/8", or "C" and "C|" for the
 * common-time and cut-time symbols.
 */
record Metre(String text) {

  /**
   * The metre from a score's count, unit and symbol (any may be null); empty when the score gives
   * neither a symbol nor both numbers.
   */
  static Optional<Metre> of(String count, String unit, String symbol) {
    if ("common".equals(symbol)) {
      return Optional.of(new Metre("C"));
    }
    if ("cut".equals(symbol)) {
      return Optional.of(new Metre("C|"));
    }
    String beats = ScoreText.tidy(count);
    String beatType = ScoreText.tidy(unit);
    if (beats == null || beatType == null) {
      return Optional.empty();
    }
    return Optional.of(new Metre(beats + "/" + beatType));
  }

  @Override
  public String toString() {
    return text;
  }
}
