package org.ricercar.search.melody;

/**
 * A written duration as a reduced fraction of a whole note: a quarter is 1/4, a dotted eighth 3/16,
 * a triplet eighth 1/12.
 */
public record Duration(int numerator, int denominator) implements Comparable<Duration> {

  public static final Duration QUARTER = new Duration(1, 4);

  public Duration {
    if (numerator <= 0 || denominator <= 0) {
      throw new IllegalArgumentException(
          "a duration is a positive fraction, not " + numerator + "/" + denominator);
    }
    int gcd = gcd(numerator, denominator);
    numerator /= gcd;
    denominator /= gcd;
  }

  /** This duration multiplied by a fraction, e.g. 3/2 for a dot or 2/3 for a triplet. */
  public Duration times(int num, int den) {
    return new Duration(numerator * num, denominator * den);
  }

  /** This duration followed by another, e.g. two tied notes sounding as one. */
  public Duration plus(Duration other) {
    return new Duration(
        numerator * other.denominator + other.numerator * denominator,
        denominator * other.denominator);
  }

  /** The duration in whole notes, for ratios between durations. */
  public double value() {
    return (double) numerator / denominator;
  }

  @Override
  public int compareTo(Duration other) {
    return Long.compare((long) numerator * other.denominator, (long) other.numerator * denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }

  static Duration parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 1) {
      throw new IllegalArgumentException("not a duration: " + text);
    }
    try {
      return new Duration(
          Integer.parseInt(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a duration: " + text, e);
    }
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
