package org.ricercar.search.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The n-grams of intervals that find candidate incipits, one family per encoding, each indexed in
 * two fields: grams made only of verbatim notes, and grams that touch supplied notes.
 *
 * <p>An n-gram of size n is n consecutive intervals (n + 1 notes) written as one token, e.g. {@code
 * 2,2,-4} for C D E C. Short grams are common and only used when a query is too short for longer
 * ones. Interval grams also come with a note left out: each five-note window gives three more
 * three-interval tokens, one without each inner note. A query with one wrong note makes the same
 * token as the incipit once that note is left out, so it still finds its work though every plain
 * gram around the wrong note differs; the same tokens find melodies with one note added or missing.
 */
enum MelodyGrams {
  /** Interval sizes in semitones: {@code 2,-1,3}. */
  INTERVAL(MelodyFields.INTERVAL, 2, 3, 4),
  /** Directions only: {@code UUDR}. */
  CONTOUR(MelodyFields.CONTOUR, 2, 4, 6),
  /** Interval sizes with duration ratios: {@code 2@1/2,-1@1/1}. */
  RHYTHM(MelodyFields.RHYTHM, 2, 2, 3);

  /** The window, in intervals, from which a note is left out. */
  private static final int WINDOW = 4;

  private final String field;
  private final int shortest;
  private final int selective;
  private final int longest;

  MelodyGrams(String field, int shortest, int selective, int longest) {
    this.field = field;
    this.shortest = shortest;
    this.selective = selective;
    this.longest = longest;
  }

  /** The field of grams made only of verbatim notes. */
  String verbatimField() {
    return field;
  }

  /** The field of grams that touch a supplied note. */
  String suppliedField() {
    return field + MelodyFields.SUPPLIED_SUFFIX;
  }

  /** Hands each distinct gram of an incipit to {@code sink} with the field it belongs in. */
  void index(IntervalSequence incipit, BiConsumer<String, String> sink) {
    var verbatim = new LinkedHashSet<String>();
    var supplied = new LinkedHashSet<String>();
    forEachGram(
        incipit,
        shortest,
        (gram, from, to) -> (incipit.supplied(from, to) ? supplied : verbatim).add(gram));
    verbatim.forEach(gram -> sink.accept(verbatimField(), gram));
    supplied.forEach(gram -> sink.accept(suppliedField(), gram));
  }

  /**
   * The distinct grams of a query: those of the selective sizes when the query is long enough for
   * them, else of its whole length.
   */
  Set<String> query(IntervalSequence query) {
    var grams = new LinkedHashSet<String>();
    forEachGram(query, Math.min(selective, query.length()), (gram, from, to) -> grams.add(gram));
    return grams;
  }

  /** Receives a gram and the intervals it was made from, {@code from} inclusive. */
  private interface GramSink {
    void accept(String gram, int from, int to);
  }

  private void forEachGram(IntervalSequence s, int smallest, GramSink sink) {
    var token = new StringBuilder();
    for (int size = smallest; size <= longest; size++) {
      for (int start = 0; start + size <= s.length(); start++) {
        sink.accept(gram(s, start, size, token), start, start + size);
      }
    }
    if (this == INTERVAL) {
      for (int start = 0; start + WINDOW <= s.length(); start++) {
        for (int leftOut = 1; leftOut < WINDOW; leftOut++) {
          sink.accept(withNoteLeftOut(s, start, leftOut, token), start, start + WINDOW);
        }
      }
    }
  }

  /** The token for {@code size} intervals from {@code start}. */
  private String gram(IntervalSequence s, int start, int size, StringBuilder token) {
    token.setLength(0);
    for (int k = start; k < start + size; k++) {
      if (k > start && this != CONTOUR) {
        token.append(',');
      }
      switch (this) {
        case INTERVAL -> token.append(s.semitones(k));
        case CONTOUR -> token.append("DRU".charAt(s.direction(k) + 1));
        case RHYTHM -> token.append(s.semitones(k)).append('@').append(s.ratio(k));
      }
    }
    return token.toString();
  }

  /**
   * The interval token of the window from {@code start} without its note {@code leftOut} (1 to 3
   * notes into the window).
   */
  private static String withNoteLeftOut(
      IntervalSequence s, int start, int leftOut, StringBuilder token) {
    token.setLength(0);
    for (int k = start; k < start + WINDOW; k++) {
      int semitones = s.semitones(k);
      if (k - start == leftOut - 1) {
        semitones += s.semitones(++k); // the left-out note's two intervals become one
      }
      token.append(token.isEmpty() ? "" : ",").append(semitones);
    }
    return token.toString();
  }
}
