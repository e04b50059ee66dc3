package org.ricercar.archive.files;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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
  private static final Pattern STATEMENT =
      Pattern.compile("rightsstatements\\.org/vocab/([A-Za-z-]+)/");
  private static final Pattern LICENCE =
      Pattern.compile("creativecommons\\.org/licenses/([a-z-]+)/([1-4]\\.0)");
  private static final Map<String, String> STATEMENT_NAMES =
      Map.of(
          "InC", "In Copyright",
          "InC-EDU", "In Copyright – Educational Use Permitted",
          "InC-NC", "In Copyright – Non-Commercial Use Permitted",
          "InC-OW-EU", "In Copyright – EU Orphan Work",
          "InC-RUU", "In Copyright – Rights-holder(s) Unlocatable",
          "NoC-CR", "No Copyright – Contractual Restrictions",
          "NoC-NC", "No Copyright – Non-Commercial Use Only",
          "NoC-OKLR", "No Copyright – Other Known Legal Restrictions",
          "NoC-US", "No Copyright – United States",
          "CNE", "Copyright Not Evaluated");

  private RightsStatement() {}

  /**
   * A short name for a statement, e.g. "In Copyright", "CC BY 4.0" or "CC0 1.0", as search facets
   * show it; the URI itself when it is not one of the accepted kinds.
   */
  public static String label(String uri) {
    Matcher statement = STATEMENT.matcher(uri == null ? "" : uri);
    if (statement.find()) {
      return STATEMENT_NAMES.getOrDefault(statement.group(1), statement.group(1));
    }
    Matcher licence = LICENCE.matcher(uri == null ? "" : uri);
    if (licence.find()) {
      return "CC " + licence.group(1).toUpperCase(Locale.ROOT) + " " + licence.group(2);
    }
    if (uri != null && uri.contains("publicdomain/zero/")) {
      return "CC0 1.0";
    }
    if (uri != null && uri.contains("publicdomain/mark/")) {
      return "Public Domain Mark 1.0";
    }
    return uri;
  }

  public static boolean isValid(String uri) {
    return uri != null && URI.matcher(uri).matches();
  }
}
