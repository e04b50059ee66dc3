package org.ricercar.archive.catalogue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as catalogues record it, in a subset of the Extended Date/Time Format (EDTF): a year,
 * year-month or full date ({@code 1841}, {@code 1841-03}, {@code 1841-03-14}), optionally uncertain
 * ({@code 1841?}) or approximate ({@code 1841~}), or a range of two such dates ({@code 1835/1837}).
 *
 * @param text the date as written
 * @param yearFrom the earliest year it may denote
 * @param yearTo the latest year it may denote
 */
public record HistoricalDate(String text, int yearFrom, int yearTo) {

  static final String SINGLE = "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?[?~]?";
  private static final Pattern SINGLE_DATE = Pattern.compile(SINGLE);
  private static final Pattern DATE_OR_RANGE = Pattern.compile(SINGLE + "(?:/(" + SINGLE + "))?");

  /** Reads a date or a range, or returns empty when the text is not one. */
  public static Optional<HistoricalDate> parse(String text, boolean rangeAllowed) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = DATE_OR_RANGE.matcher(text);
    if (!matcher.matches() || (!rangeAllowed && matcher.group(4) != null)) {
      return Optional.empty();
    }
    if (!validDay(matcher.group(1), matcher.group(2), matcher.group(3))) {
      return Optional.empty();
    }
    int from = Integer.parseInt(matcher.group(1));
    int to = from;
    if (matcher.group(4) != null) {
      Matcher end = SINGLE_DATE.matcher(matcher.group(4));
      if (!end.matches() || !validDay(end.group(1), end.group(2), end.group(3))) {
        return Optional.empty();
      }
      to = Integer.parseInt(end.group(1));
      if (to < from || !orderedWithinYear(matcher, end)) {
        return Optional.empty();
      }
    }
    return Optional.of(new HistoricalDate(text, from, to));
  }

  private static boolean validDay(String year, String month, String day) {
    if (month == null) {
      return true;
    }
    try {
      LocalDate.of(
          Integer.parseInt(year), Integer.parseInt(month), day == null ? 1 : Integer.parseInt(day));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean orderedWithinYear(Matcher start, Matcher end) {
    String startKey = start.group(1) + pad(start.group(2)) + pad(start.group(3));
    String endKey = end.group(1) + pad(end.group(2)) + pad(end.group(3));
    return startKey.compareTo(endKey) <= 0;
  }

  private static String pad(String part) {
    return part == null ? "00" : part;
  }
}
