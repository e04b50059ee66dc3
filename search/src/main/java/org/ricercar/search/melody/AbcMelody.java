package org.ricercar.search.melody;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the music of an ABC tune, or a fragment a member types, into the notes of its first voice.
 * Written order is kept (repeats are not unfolded); chords give their top note; grace notes,
 * decorations, chord symbols and overlaid voices are left out; tied notes are joined.
 */
public final class AbcMelody {

  private static final Pattern FIELD = Pattern.compile("([A-IK-Zmrsw+]):(.*)");

  private AbcMelody() {}

  /**
   * The notes and rests of a tune body: its music lines and the field lines among them, of which
   * {@code K:}, {@code M:}, {@code L:} and {@code V:} are obeyed and the rest (lyrics, parts,
   * notes) skipped.
   *
   * @param body the music, e.g. {@code |: GA Bc dB GB | ...}
   * @param key the header's {@code K:} value, e.g. {@code G}, {@code A dor}; null or blank for none
   * @param meter the header's {@code M:} value, e.g. {@code 6/8}, {@code C|}; null when absent
   * @param unitLength the header's {@code L:} value, e.g. {@code 1/8}; null for the default the
   *     metre implies
   * @throws IllegalArgumentException naming the line and column of the first unreadable symbol
   */
  public static List<Note> read(String body, String key, String meter, String unitLength) {
    Meter parsedMeter = meter == null ? null : Meter.parse(meter).orElse(null);
    Duration unit =
        unitLength == null || unitLength.isBlank()
            ? defaultUnitLength(parsedMeter)
            : unitLength(unitLength);
    var signature = key == null ? KeySignature.NONE : AbcKey.parse(key).signature();
    return new Reader(signature, parsedMeter, unit).read(body);
  }

  /** The unit note length of a tune without {@code L:}: 1/16 below a 3/4 metre, else 1/8. */
  private static Duration defaultUnitLength(Meter meter) {
    return meter != null && meter.measure().value() < 0.75
        ? new Duration(1, 16)
        : new Duration(1, 8);
  }

  private static Duration unitLength(String text) {
    String[] parts = text.trim().split("/");
    try {
      return new Duration(
          Integer.parseInt(parts[0].trim()),
          parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 1);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a unit note length: " + text, e);
    }
  }

  /** One pass over a body; its fields are what the music has said so far. */
  private static final class Reader {

    private final MelodyLine line = new MelodyLine();
    private final BarAccidentals accidentals;
    private Meter meter;
    private Duration unit;

    private String text;
    private int pos;

    private int tupletLeft;
    private int tupletNormal;
    private int tupletCount;
    private int brokenNumerator = 1;
    private int brokenDenominator = 1;

    private boolean overlayRegion;
    private boolean skippingOverlay;
    private String topVoice;
    private boolean inTopVoice = true;

    Reader(KeySignature signature, Meter meter, Duration unit) {
      this.accidentals = new BarAccidentals(signature);
      this.meter = meter;
      this.unit = unit;
    }

    List<Note> read(String body) {
      String[] lines = body.split("\r?\n");
      for (int number = 0; number < lines.length; number++) {
        text = lines[number];
        pos = 0;
        try {
          var field = FIELD.matcher(text);
          if (field.matches()) {
            field(field.group(1).charAt(0), field.group(2));
          } else {
            music();
          }
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              e.getMessage() + " at line " + (number + 1) + ", column " + (pos + 1), e);
        }
      }
      return line.notes();
    }

    private void field(char name, String value) {
      switch (name) {
        case 'K' -> accidentals.change(AbcKey.parse(value).signature());
        case 'M' -> meter = Meter.parse(value).orElse(null);
        case 'L' -> unit = unitLength(value);
        case 'V' -> voice(value.trim().split("\\s+")[0]);
        default -> {} // lyrics, parts, remarks and other fields carry no notes
      }
    }

    /** The first voice named is the top one, unless music came before any voice was named. */
    private void voice(String id) {
      if (topVoice == null) {
        topVoice = line.size() == 0 ? id : "";
      }
      inTopVoice = id.equals(topVoice);
    }

    private void music() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (!inTopVoice) {
          otherVoice();
          continue;
        }
        if (skippingOverlay) {
          skipOverlaid(c);
          continue;
        }
        switch (c) {
          case ' ', '\t', '`', '\\', 'y', '$', ')', '.', '~' -> pos++;
          case '%' -> pos = text.length();
          case '"' -> skipPast('"', true);
          case '!', '+' -> skipPast(c, false);
          case '{' -> skipPast('}', true);
          case '(' -> openParenthesis();
          case '&' -> overlay();
          case '-' -> {
            line.tie();
            pos++;
          }
          case '>', '<' -> brokenRhythm(c);
          case '|', ':' -> barline();
          case '[' -> bracket();
          case 'z', 'x' -> {
            pos++;
            emit(null, length());
          }
          case 'Z', 'X' -> measureRest();
          default -> {
            if (isNoteStart(c)) {
              emit(pitch(), length());
            } else if ((c >= 'H' && c <= 'W') || (c >= 'h' && c <= 'w')) {
              pos++; // a decoration such as T (trill) or v (down-bow)
            } else {
              throw new IllegalArgumentException("unexpected '" + c + "'");
            }
          }
        }
      }
    }

    private static boolean isNoteStart(char c) {
      return "^_=".indexOf(c) >= 0 || (c >= 'A' && c <= 'G') || (c >= 'a' && c <= 'g');
    }

    /**
     * Skips to just past the closing character; an unclosed {@code !} or {@code +} is skipped alone
     * (old ABC used {@code !} as a line break), other unclosed spans are errors.
     */
    private void skipPast(char close, boolean required) {
      int end = text.indexOf(close, pos + 1);
      if (end < 0 && required) {
        throw new IllegalArgumentException("'" + text.charAt(pos) + "' is never closed");
      }
      pos = end < 0 ? pos + 1 : end + 1;
    }

    /** Music of another voice is skipped up to an inline field that may name the top voice. */
    private void otherVoice() {
      if (text.startsWith("[V:", pos)) {
        bracket();
      } else {
        pos++;
      }
    }

    private void skipOverlaid(char c) {
      if (overlayRegion && text.startsWith("&)", pos)) {
        skippingOverlay = false;
        overlayRegion = false;
        pos += 2;
      } else if (!overlayRegion && c == '|') {
        skippingOverlay = false;
      } else {
        pos++;
      }
    }

    /** A tuplet {@code (p:q:r}, the start of an overlay region {@code (&}, or a slur. */
    private void openParenthesis() {
      pos++;
      if (pos < text.length() && text.charAt(pos) == '&') {
        overlayRegion = true;
        pos++;
      } else if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        int count = number(0);
        int normal = 0;
        int notes = count;
        if (pos < text.length() && text.charAt(pos) == ':') {
          pos++;
          normal = number(0);
          if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            notes = number(count);
          }
        }
        tupletCount = count;
        tupletNormal = normal > 0 ? normal : normalCount(count);
        tupletLeft = notes;
      }
    }

    /** How many ordinary notes a tuplet of that many lasts, as ABC defines it. */
    private int normalCount(int count) {
      return switch (count) {
        case 2, 4, 8 -> 3;
        case 3, 6 -> 2;
        case 5, 7, 9 -> meter != null && meter.isCompound() ? 3 : 2;
        default -> throw new IllegalArgumentException("a tuplet of " + count + " needs its q");
      };
    }

    /** {@code &} overlays a second voice on the bar (or up to {@code &)}); it is left out. */
    private void overlay() {
      if (text.startsWith("&)", pos)) {
        overlayRegion = false;
        pos += 2;
      } else {
        skippingOverlay = true;
        pos++;
      }
    }

    /** {@code A>B}: the first note dotted, the second halved; {@code <} the other way round. */
    private void brokenRhythm(char c) {
      if (line.size() == 0) {
        throw new IllegalArgumentException("'" + c + "' needs a note before it");
      }
      int start = pos;
      while (pos < text.length() && text.charAt(pos) == c) {
        pos++;
      }
      int half = 1 << (pos - start);
      int longer = 2 * half - 1;
      if (c == '>') {
        line.scaleFrom(line.size() - 1, longer, half);
        brokenNumerator = 1;
        brokenDenominator = half;
      } else {
        line.scaleFrom(line.size() - 1, 1, half);
        brokenNumerator = longer;
        brokenDenominator = half;
      }
    }

    private void barline() {
      while (pos < text.length() && "|:]".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      skipEndingNumbers();
      accidentals.barline();
    }

    /** The numbers of a first or second ending, e.g. {@code |1} or {@code :|2,4}. */
    private void skipEndingNumbers() {
      while (pos < text.length()
          && (Character.isDigit(text.charAt(pos)) || "-,".indexOf(text.charAt(pos)) >= 0)
          && (Character.isDigit(text.charAt(pos)) || Character.isDigit(text.charAt(pos - 1)))) {
        pos++;
      }
    }

    /**
     * An inline field {@code [K:D]}, a barline {@code [|}, an ending {@code [2} or {@code ["Coda"},
     * or a chord.
     */
    private void bracket() {
      char next = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
      if (pos + 2 < text.length() && Character.isLetter(next) && text.charAt(pos + 2) == ':') {
        int end = text.indexOf(']', pos);
        if (end < 0) {
          throw new IllegalArgumentException("inline field is never closed");
        }
        field(next, text.substring(pos + 3, end));
        pos = end + 1;
      } else if (next == '|') {
        pos++;
        barline();
      } else if (Character.isDigit(next)) {
        pos++;
        skipEndingNumbers();
      } else if (next == '"') {
        pos++;
        skipPast('"', true); // an ending labelled with text, e.g. ["Coda"
      } else {
        chord();
      }
    }

    /** A chord: its first note's length, its highest pitch, times any length after it. */
    private void chord() {
      pos++;
      boolean first = true;
      while (pos < text.length() && text.charAt(pos) != ']') {
        char c = text.charAt(pos);
        if (isNoteStart(c)) {
          Pitch pitch = pitch();
          Duration length = length();
          if (first) {
            emit(pitch, length);
            first = false;
          } else {
            line.chordWith(pitch);
          }
        } else if (c == '!' || c == '+' || c == '"') {
          skipPast(c, c == '"');
        } else if (" -.~".indexOf(c) >= 0) {
          pos++;
        } else {
          throw new IllegalArgumentException("unexpected '" + c + "' in a chord");
        }
      }
      if (pos == text.length()) {
        throw new IllegalArgumentException("chord is never closed");
      }
      pos++;
      Duration multiplier = length().times(unit.denominator(), unit.numerator());
      if (!first && !multiplier.equals(new Duration(1, 1))) {
        line.scaleFrom(line.size() - 1, multiplier.numerator(), multiplier.denominator());
      }
    }

    private void measureRest() {
      pos++;
      int measures = number(1);
      emit(null, (meter == null ? new Duration(1, 1) : meter.measure()).times(measures, 1));
    }

    /** Accidentals, a note letter and octave marks: C is middle C, c the octave above. */
    private Pitch pitch() {
      Integer written = null;
      char c = text.charAt(pos);
      if (c == '^' || c == '_') {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) == c && pos - start < 2) {
          pos++;
        }
        written = (c == '^' ? 1 : -1) * (pos - start);
      } else if (c == '=') {
        written = 0;
        pos++;
      }
      if (pos == text.length() || !Character.isLetter(text.charAt(pos))) {
        throw new IllegalArgumentException("an accidental needs a note after it");
      }
      char letter = text.charAt(pos++);
      if ("ABCDEFGabcdefg".indexOf(letter) < 0) {
        throw new IllegalArgumentException("an accidental needs a note after it");
      }
      int octave = Character.isUpperCase(letter) ? 4 : 5;
      while (pos < text.length() && (text.charAt(pos) == ',' || text.charAt(pos) == '\'')) {
        octave += text.charAt(pos++) == ',' ? -1 : 1;
      }
      return accidentals.pitch(Character.toUpperCase(letter), octave, written);
    }

    /** A length after a note or rest, in unit lengths: {@code 2}, {@code /}, {@code 3/2}. */
    private Duration length() {
      int numerator = number(1);
      int denominator = 1;
      while (pos < text.length() && text.charAt(pos) == '/') {
        pos++;
        denominator *= number(2);
      }
      return unit.times(numerator, denominator);
    }

    private int number(int absent) {
      int start = pos;
      while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 4) {
        pos++;
      }
      return pos == start ? absent : Integer.parseInt(text.substring(start, pos));
    }

    private void emit(Pitch pitch, Duration written) {
      Duration duration = written.times(brokenNumerator, brokenDenominator);
      brokenNumerator = 1;
      brokenDenominator = 1;
      if (tupletLeft > 0) {
        duration = duration.times(tupletNormal, tupletCount);
        tupletLeft--;
      }
      if (pitch == null) {
        line.rest(duration);
      } else {
        line.note(pitch, duration);
      }
    }
  }
}
