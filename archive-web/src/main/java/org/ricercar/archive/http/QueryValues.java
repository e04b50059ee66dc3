package org.ricercar.archive.http;

/** Parses query parameter text, reporting bad values as problems that name the parameter. */
public final class QueryValues {

  private QueryValues() {}

  public static int integer(String name, String text, int min, int max) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParameterException(name, "must be a whole number from " + min + " to " + max);
  }

  /** An optional record id; absent when the parameter is absent. */
  public static Long optionalId(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(text.strip());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParameterException(name, "must be a record id (a positive whole number)");
  }

  /** Optional free text of bounded length; absent when blank. */
  public static String optionalText(String name, String text, int maxLength) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new ParameterException(name, "must be at most " + maxLength + " characters");
    }
    return text.strip();
  }

  /** An optional constant of an enum, by its exact name; absent when blank. */
  public static <E extends Enum<E>> E optionalEnum(String name, String text, Class<E> type) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.strip())) {
        return constant;
      }
    }
    throw new ParameterException(
        name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
  }
}
