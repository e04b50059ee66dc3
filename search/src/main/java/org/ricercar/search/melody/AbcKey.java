package org.ricercar.search.melody;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ABC key field ({@code K:}): the key it names, if any, and the signature notes are read with,
 * including explicit accidentals such as {@code K:D =c}.
 *
 * @param key the key, e.g. A dorian for {@code K:Ador}; null for {@code K:none} and bagpipe keys
 * @param signature the sharps and flats every note of the tune gets unless it has its own
 */
public record AbcKey(Key key, KeySignature signature) {

  private static final Pattern TONIC = Pattern.compile("([A-G])([#b]?)\\s*([A-Za-z]*)(.*)");
  private static final Pattern SETTING = Pattern.compile("\\b[a-z]+=\\S*");
  private static final Pattern EXPLICIT = Pattern.compile("(\\^\\^|\\^|__|_|=)([A-Ga-g])");

  /** No key: C major's plain signature. */
  public static final AbcKey NONE = new AbcKey(null, KeySignature.NONE);

  /**
   * Reads the value of a {@code K:} field, e.g. {@code G}, {@code Am}, {@code A mix}, {@code Dm
   * ^c}.
   */
  public static AbcKey parse(String field) {
    String value = SETTING.matcher(field.replaceFirst("%.*", "")).replaceAll("").trim();
    if (value.isEmpty() || value.regionMatches(true, 0, "none", 0, 4) || value.startsWith("HP")) {
      return NONE;
    }
    if (value.startsWith("Hp")) {
      // Highland pipe music: F and C sharp, G natural
      return new AbcKey(null, KeySignature.NONE.with('F', 1).with('C', 1));
    }
    var matcher = TONIC.matcher(value);
    if (!matcher.matches()) {
      return new AbcKey(null, explicit(KeySignature.NONE, value));
    }
    int alter = matcher.group(2).isEmpty() ? 0 : matcher.group(2).equals("#") ? 1 : -1;
    String word = matcher.group(3).toLowerCase(Locale.ROOT);
    String rest = matcher.group(4);
    if (word.startsWith("exp")) {
      return new AbcKey(null, explicit(KeySignature.NONE, rest));
    }
    var key = new Key(matcher.group(1).charAt(0), alter, mode(word));
    return new AbcKey(key, explicit(key.signature(), rest));
  }

  /** The mode a word names by its first three letters; other words (clef names) mean major. */
  private static Mode mode(String word) {
    if (word.equals("m") || word.startsWith("min") || word.startsWith("aeo")) {
      return Mode.MINOR;
    }
    String start = word.length() < 3 ? word : word.substring(0, 3);
    return switch (start) {
      case "dor" -> Mode.DORIAN;
      case "phr" -> Mode.PHRYGIAN;
      case "lyd" -> Mode.LYDIAN;
      case "mix" -> Mode.MIXOLYDIAN;
      case "loc" -> Mode.LOCRIAN;
      default -> Mode.MAJOR;
    };
  }

  private static KeySignature explicit(KeySignature signature, String accidentals) {
    var matcher = EXPLICIT.matcher(accidentals);
    while (matcher.find()) {
      int alter =
          switch (matcher.group(1)) {
            case "^^" -> 2;
            case "^" -> 1;
            case "__" -> -2;
            case "_" -> -1;
            default -> 0;
          };
      signature = signature.with(Character.toUpperCase(matcher.group(2).charAt(0)), alter);
    }
    return signature;
  }
}
