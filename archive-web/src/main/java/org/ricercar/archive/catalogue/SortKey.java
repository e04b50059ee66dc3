package org.ricercar.archive.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name or title used for alphabetical order: lower case, without diacritics or
 * leading punctuation, so "Élégie" sorts with "Elegie" and "„Abendlied“" with "Abendlied".
 */
public final class SortKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SortKey() {}

  public static String of(String text, int maxLength) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    folded = folded.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe");
    folded = LEADING_PUNCTUATION.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    folded = SPACES.matcher(folded).replaceAll(" ").strip();
    return folded.length() <= maxLength ? folded : folded.substring(0, maxLength);
  }
}
