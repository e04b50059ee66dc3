package org.ricercar.archive.files;

import java.util.regex.Pattern;

/**
 * The rights statement every file carries: a rightsstatements.org statement or a Creative Commons
 * licence or public-domain tool, as its URI.
 */
public final class RightsStatement {

  /** The accepted URIs, e.g. http://rightsstatements.org/vocab/InC/1.0/ or CC BY 4.0. */
  public static final String PATTERN =
      "https?://(rightsstatements\\.org/vocab/[A-Za-z-]{2,12}/1\\.0/?"
          + "|creativecommons\\.org/(licenses/[a-z-]{2,12}/[1-4]\\.0(/[a-z]{2})?"
          + "|publicdomain/(zero|mark)/1\\.0)/?)";

  public static final String MESSAGE =
      "must be a rightsstatements.org or Creative Commons URI, e.g."
          + " http://rightsstatements.org/vocab/InC/1.0/ or"
          + " https://creativecommons.org/publicdomain/zero/1.0/";

  private static final Pattern URI = Pattern.compile(PATTERN);

  private RightsStatement() {}

  public static boolean isValid(String uri) {
    return uri != null && URI.matcher(uri).matches();
  }
}
