package org.ricercar.archive.scores;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ricercar.search.melody.Pitch;

/**
 * The accidentals in force on one MEI staff: its key signature, and those written earlier in the
 * measure, which hold for the same step and octave until the barline. An encoder's {@code
 * accid.ges} (the sounding accidental) wins over both.
 */
final class MeiAccidentals {

  private static final String SHARPS = "FCGDAEB";
  private static final String FLATS = "BEADGCF";
  private static final Pattern SIGNATURE = Pattern.compile("(\\d)([sf])");

  private final Map<String, Integer> written = new HashMap<>();
  private int fifths;

  MeiAccidentals(int fifths) {
    this.fifths = fifths;
  }

  /** A key signature as MEI writes it, "3f", "2s" or "0", in fifths; null for anything else. */
  static Integer fifths(String signature) {
    if (signature == null) {
      return null;
    }
    String sig = signature.strip();
    if (sig.equals("0")) {
      return 0;
    }
    Matcher matcher = SIGNATURE.matcher(sig);
    if (!matcher.matches()) {
      return null;
    }
    int count = matcher.group(1).charAt(0) - '0';
    return matcher.group(2).equals("s") ? count : -count;
  }

  void signature(int fifths) {
    this.fifths = fifths;
  }

  /** A new measure: written accidentals lapse. */
  void measure() {
    written.clear();
  }

  /**
   * The sounding pitch of a note.
   *
   * @throws IllegalArgumentException when the pitch name or octave is not one
   */
  Pitch pitch(String pname, String oct, String accid, String accidGes) {
    if (pname == null || pname.strip().length() != 1) {
      throw new IllegalArgumentException("@pname should be a letter from a to g, not " + pname);
    }
    char step = Character.toUpperCase(pname.strip().charAt(0));
    int octave = StreamedElement.integer(oct, "@oct");
    String place = step + "" + octave;
    Integer writtenAlter = semitones(accid, null);
    if (writtenAlter != null) {
      written.put(place, writtenAlter);
    }
    Integer sounding = semitones(accidGes, null);
    if (sounding == null) {
      sounding = writtenAlter != null ? writtenAlter : written.getOrDefault(place, fromKey(step));
    }
    return new Pitch(step, sounding, octave);
  }

  private int fromKey(char step) {
    if (fifths > 0 && SHARPS.indexOf(step) < fifths) {
      return 1;
    }
    if (fifths < 0 && FLATS.indexOf(step) < -fifths) {
      return -1;
    }
    return 0;
  }

  /**
   * An MEI accidental value ("s", "ff", "n"...) in semitones; {@code otherwise} for none, or for a
   * microtone.
   */
  static Integer semitones(String accid, Integer otherwise) {
    if (accid == null) {
      return otherwise;
    }
    return switch (accid.strip()) {
      case "n" -> 0;
      case "s", "ns", "su", "sd" -> 1;
      case "f", "nf", "fu", "fd" -> -1;
      case "ss", "x" -> 2;
      case "ff" -> -2;
      default -> otherwise;
    };
  }
}
