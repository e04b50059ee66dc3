package org.ricercar.search.melody;

import java.util.Optional;
import java.util.regex.Pattern;

/** A time signature as a count of beat units, e.g. 6/8; common time is 4/4, cut time 2/2. */
public record Meter(int count, int unit) {

  private static final Pattern FRACTION = Pattern.compile("(\\d{1,3}(?:\\+\\d{1,3})*)/(\\d{1,3})");

  public Meter {
    if (count <= 0 || unit <= 0) {
      throw new IllegalArgumentException("a time signature is positive, not " + count + "/" + unit);
    }
  }

  /**
   * Reads a time signature as ABC and Plaine &amp; Easie write it: {@code 3/4}, {@code 2+3/8},
   * {@code C} or {@code c} (4/4), {@code C|} or {@code c/} (2/2). Empty for anything else, such as
   * free metre ({@code none}) or a mensuration sign.
   */
  public static Optional<Meter> parse(String text) {
    String trimmed = text.trim();
    switch (trimmed) {
      case "C", "c" -> {
        return Optional.of(new Meter(4, 4));
      }
      case "C|", "c/" -> {
        return Optional.of(new Meter(2, 2));
      }
      default -> {
        var matcher = FRACTION.matcher(trimmed);
        if (!matcher.matches()) {
          return Optional.empty();
        }
        int count = 0;
        for (String part : matcher.group(1).split("\\+")) {
          count += Integer.parseInt(part);
        }
        return Optional.of(new Meter(count, Integer.parseInt(matcher.group(2))));
      }
    }
  }

  /** How long a full measure lasts. */
  public Duration measure() {
    return new Duration(count, unit);
  }

  /** Whether beats divide in three (6/8, 9/8, 12/8), which changes what some tuplets mean. */
  public boolean isCompound() {
    return count % 3 == 0 && count > 3;
  }
}
