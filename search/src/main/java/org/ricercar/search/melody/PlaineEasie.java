package org.ricercar.search.melody;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Plaine &amp; Easie Code, the notation RISM writes incipits in (MARC 031: key signature $n,
 * time signature $o, music $p), into notes. Octave marks are absolute ({@code '} is the octave from
 * middle C up), so the clef ($g) is not needed to read pitches. Grace notes are left out, tied
 * notes are joined, and repeated figures ({@code !…!f}) and measures ({@code i}) are written out.
 */
public final class PlaineEasie {

  private static final Pattern TIME_CHANGE = Pattern.compile("[co]?[./]?(\\d+(/\\d+)?)?");
  private static final String KEY_SIGNATURE_SYMBOLS = "xbn[]FCGDAEB";

  private PlaineEasie() {}

  /**
   * The notes and rests of an incipit.
   *
   * @param keySignature e.g. {@code bBEA} (B, E and A flat) or {@code xFC}; blank or null for none
   * @param timeSignature e.g. {@code 3/4}, {@code c}, {@code c/}; blank or null when not given,
   *     which only matters for measure rests
   * @param data the music, e.g. {@code '4C8DE/2F}
   * @throws IllegalArgumentException naming the position of the first symbol that is not valid code
   */
  public static List<Note> read(String keySignature, String timeSignature, String data) {
    Meter meter = timeSignature == null ? null : Meter.parse(timeSignature).orElse(null);
    return new Reader(data, keySignature(keySignature == null ? "" : keySignature), meter).read();
  }

  /** Reads a key signature: {@code x} (sharps) or {@code b} (flats) and the altered steps. */
  static KeySignature keySignature(String code) {
    KeySignature signature = KeySignature.NONE;
    Integer alter = null;
    for (char c : code.trim().toCharArray()) {
      switch (c) {
        case 'x' -> alter = 1;
        case 'b' -> alter = -1;
        case 'n' -> alter = 0;
        case '[', ']' -> {}
        case 'F', 'C', 'G', 'D', 'A', 'E', 'B' -> {
          if (alter == null) {
            throw new IllegalArgumentException("not a key signature: " + code);
          }
          signature = signature.with(c, alter);
        }
        default -> throw new IllegalArgumentException("not a key signature: " + code);
      }
    }
    return signature;
  }

  /** One pass over the code; its fields are what the code has said so far. */
  private static final class Reader {

    private final String code;
    private final BarAccidentals accidentals;
    private final MelodyLine line = new MelodyLine();
    private Meter meter;
    private int pos;

    private int octave = 4;
    private List<Duration> rhythm = List.of(Duration.QUARTER);
    private int beat;
    private int rhythmEnd = -1;
    private Integer accidental;
    private boolean grace;
    private boolean graceGroup;
    private boolean chord;

    /** For each open parenthesis: the tuplet it starts, or {@link Group#FERMATA}. */
    private final Deque<Group> parentheses = new ArrayDeque<>();

    private int figureStart = -1;
    private int[] figure;
    private int measureStart;
    private int previousMeasureStart = -1;

    /** A tuplet: where it starts, its total value when written before it, how many notes. */
    private record Group(int start, Duration total, int count) {
      static final Group FERMATA = new Group(-1, null, 0);
    }

    Reader(String code, KeySignature signature, Meter meter) {
      this.code = code;
      this.accidentals = new BarAccidentals(signature);
      this.meter = meter;
    }

    List<Note> read() {
      while (pos < code.length()) {
        int start = pos;
        try {
          readSymbol(code.charAt(pos));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(e.getMessage() + " at position " + (start + 1), e);
        }
      }
      return line.notes();
    }

    private void readSymbol(char c) {
      switch (c) {
        case ' ', '{', '}', 't' -> pos++;
        case '\'' -> octave = 3 + run('\'');
        case ',' -> octave = 4 - run(',');
        case 'x' -> accidental = Math.min(run('x'), 2);
        case 'b' -> accidental = -Math.min(run('b'), 2);
        case 'n' -> {
          accidental = 0;
          pos++;
        }
        case 'A', 'B', 'C', 'D', 'E', 'F', 'G' -> note(c);
        case '-' -> rest();
        case '=' -> measureRest();
        case '/', ':' -> barline();
        case '+' -> {
          line.tie();
          pos++;
        }
        case '^' -> {
          chord = true;
          pos++;
        }
        case '(' -> openParenthesis();
        case ')' -> closeParenthesis();
        case ';' -> tupletCount();
        case 'g' -> {
          grace = true;
          pos++;
        }
        case 'q' -> {
          graceGroup = pos + 1 < code.length() && code.charAt(pos + 1) == 'q';
          grace = !graceGroup;
          pos += graceGroup ? 2 : 1;
        }
        case 'r' -> endGraceGroup();
        case '!' -> markFigure();
        case 'f' -> repeatFigure();
        case 'i' -> repeatMeasure();
        case '%' -> clefChange();
        case '$' -> keyChange();
        case '@' -> timeChange();
        case '.' -> strayDot();
        default -> {
          if (c >= '0' && c <= '9') {
            rhythm();
          } else {
            throw new IllegalArgumentException("unexpected '" + c + "'");
          }
        }
      }
    }

    private int run(char c) {
      int start = pos;
      while (pos < code.length() && code.charAt(pos) == c) {
        pos++;
      }
      return pos - start;
    }

    /** One value, or several in a row: a rhythmic pattern the following notes repeat. */
    private void rhythm() {
      var values = new ArrayList<Duration>();
      while (pos < code.length() && Character.isDigit(code.charAt(pos))) {
        Duration value = value(code.charAt(pos++));
        int dots = run('.');
        values.add(value.times((1 << (dots + 1)) - 1, 1 << dots));
      }
      if (grace || graceGroup) {
        return; // a grace note's value does not carry over to the notes after it
      }
      rhythm = values;
      beat = 0;
      rhythmEnd = pos;
    }

    private static Duration value(char digit) {
      return switch (digit) {
        case '0' -> new Duration(4, 1);
        case '9' -> new Duration(2, 1);
        case '1' -> new Duration(1, 1);
        case '2' -> new Duration(1, 2);
        case '4' -> new Duration(1, 4);
        case '8' -> new Duration(1, 8);
        case '6' -> new Duration(1, 16);
        case '3' -> new Duration(1, 32);
        case '5' -> new Duration(1, 64);
        default -> new Duration(1, 128);
      };
    }

    private Duration nextValue() {
      return rhythm.get(beat++ % rhythm.size());
    }

    private void note(char step) {
      pos++;
      if (grace || graceGroup) {
        grace = false;
        accidental = null;
        return;
      }
      Pitch pitch = accidentals.pitch(step, octave, accidental);
      accidental = null;
      if (chord) {
        line.chordWith(pitch);
        chord = false;
      } else {
        line.note(pitch, nextValue());
      }
    }

    private void rest() {
      pos++;
      accidental = null;
      line.rest(nextValue());
    }

    private void measureRest() {
      pos++;
      int start = pos;
      while (pos < code.length() && Character.isDigit(code.charAt(pos))) {
        pos++;
      }
      int measures = pos > start ? Integer.parseInt(code.substring(start, pos)) : 1;
      Duration measure = meter == null ? new Duration(1, 1) : meter.measure();
      line.rest(measure.times(measures, 1));
    }

    private void barline() {
      while (pos < code.length() && (code.charAt(pos) == '/' || code.charAt(pos) == ':')) {
        pos++;
      }
      accidentals.barline();
      previousMeasureStart = measureStart;
      measureStart = line.size();
    }

    /**
     * A parenthesis opens a tuplet when it holds two notes or more, else it is a fermata. A tuplet
     * may give its note count after a semicolon ({@code (6ABCDE;5)}, else three) and its total
     * value just before it ({@code 4(6ABCDE;5)}).
     */
    private void openParenthesis() {
      int notes = 0;
      int count = 3;
      boolean counted = false;
      int depth = 0;
      for (int i = pos + 1; i < code.length(); i++) {
        char c = code.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')' && depth-- == 0) {
          break;
        } else if ((c >= 'A' && c <= 'G') || c == '-') {
          notes++;
        } else if (c == ';' && depth == 0) {
          int end = i + 1;
          while (end < code.length() && Character.isDigit(code.charAt(end))) {
            end++;
          }
          if (end == i + 1) {
            throw new IllegalArgumentException("a tuplet's ';' needs its note count");
          }
          count = Integer.parseInt(code.substring(i + 1, end));
          counted = true;
        }
      }
      boolean tuplet = notes >= 2;
      Duration total = counted && rhythmEnd == pos ? rhythm.getLast() : null;
      parentheses.push(tuplet ? new Group(line.size(), total, count) : Group.FERMATA);
      pos++;
    }

    private void tupletCount() {
      if (parentheses.isEmpty() || parentheses.peek() == Group.FERMATA) {
        throw new IllegalArgumentException("';' outside a tuplet");
      }
      pos++;
      while (pos < code.length() && Character.isDigit(code.charAt(pos))) {
        pos++;
      }
    }

    private void closeParenthesis() {
      if (parentheses.isEmpty()) {
        throw new IllegalArgumentException("')' without '('");
      }
      Group group = parentheses.pop();
      pos++;
      if (group == Group.FERMATA) {
        return;
      }
      if (group.total() != null) {
        Duration written = line.durationFrom(group.start());
        if (written == null) {
          throw new IllegalArgumentException("an empty tuplet");
        }
        line.scaleFrom(
            group.start(),
            group.total().numerator() * written.denominator(),
            group.total().denominator() * written.numerator());
      } else {
        line.scaleFrom(group.start(), normalCount(group.count()), group.count());
      }
    }

    /** How many ordinary notes a tuplet of that many lasts: three in the time of two, etc. */
    private static int normalCount(int count) {
      if (count < 2) {
        throw new IllegalArgumentException("a tuplet has at least two notes, not " + count);
      }
      if (Integer.bitCount(count) == 1) {
        return count == 2 ? 3 : count / 4 * 3; // duplets and quadruplets in compound time
      }
      return Integer.highestOneBit(count);
    }

    private void endGraceGroup() {
      if (!graceGroup) {
        throw new IllegalArgumentException("'r' ends a group of grace notes, but none was open");
      }
      graceGroup = false;
      pos++;
    }

    private void markFigure() {
      if (figureStart < 0) {
        figureStart = line.size();
      } else {
        figure = new int[] {figureStart, line.size()};
        figureStart = -1;
      }
      pos++;
    }

    private void repeatFigure() {
      if (figure == null) {
        throw new IllegalArgumentException("'f' repeats a figure, but none was marked with !…!");
      }
      line.repeat(figure[0], figure[1]);
      pos++;
    }

    private void repeatMeasure() {
      if (previousMeasureStart < 0) {
        throw new IllegalArgumentException("'i' repeats a measure, but none came before");
      }
      line.repeat(previousMeasureStart, measureStart);
      pos++;
    }

    private void clefChange() {
      if (pos + 3 >= code.length()
          || "GCFg".indexOf(code.charAt(pos + 1)) < 0
          || "-+".indexOf(code.charAt(pos + 2)) < 0
          || "12345".indexOf(code.charAt(pos + 3)) < 0) {
        throw new IllegalArgumentException("'%' needs a clef such as G-2");
      }
      pos += 4;
    }

    private void keyChange() {
      int start = ++pos;
      while (pos < code.length() && KEY_SIGNATURE_SYMBOLS.indexOf(code.charAt(pos)) >= 0) {
        pos++;
      }
      accidentals.change(keySignature(code.substring(start, pos)));
    }

    private void timeChange() {
      var matcher = TIME_CHANGE.matcher(code).region(++pos, code.length());
      if (!matcher.lookingAt() || matcher.end() == pos) {
        throw new IllegalArgumentException("'@' needs a time signature such as 3/4");
      }
      meter = Meter.parse(matcher.group()).orElse(null);
      pos = matcher.end();
    }

    /** RISM data sometimes has a dot after a note: read as nothing, as RISM's own tools do. */
    private void strayDot() {
      char before = pos > 0 ? code.charAt(pos - 1) : ' ';
      if (before < 'A' || before > 'G') {
        throw new IllegalArgumentException("unexpected '.'");
      }
      pos++;
    }
  }
}
