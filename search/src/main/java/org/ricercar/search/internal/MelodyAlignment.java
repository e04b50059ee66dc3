package org.ricercar.search.internal;

import java.util.Arrays;
import org.ricercar.search.MelodicMatch;

/**
 * Finds where in an incipit a query melody matches best: a local alignment (Smith–Waterman) of the
 * query's intervals against the incipit's, so the match may start and end anywhere in either.
 *
 * <p>Each query interval is worth two points when the incipit has the same one: the same size for
 * {@link MelodicMatch#EXACT}, direction for {@link MelodicMatch#CONTOUR}, and for {@link
 * MelodicMatch#RHYTHM} one point for the size and one for the duration ratio. A differing interval
 * costs what it would have earned. Besides matching interval for interval, the alignment knows
 * three mistakes a member makes, as long as the notes around the mistake are right (so the
 * intervals either side add up to the same): a wrong note (two intervals for two), a note too many
 * (two for one) and a note missing (one for two). Each costs two points of the interval sizes, like
 * one wrong interval, so one mistake anywhere in the query lowers the score equally. The best score
 * divided by a perfect one (two points per query interval) is the match's score.
 *
 * <p>Between matches of equal score, what the mode does not ask for decides: a matched interval
 * earns a tie-break point when its duration ratio is the same too (and, for contour, its size).
 * Among the many works that share a short exact fragment, the one whose rhythm also fits the query
 * comes first. Points and tie-break points are added up as one number, the points in the high bits,
 * so the alignment maximises both in that order.
 *
 * <p>One instance serves one query: it keeps its table between incipits. Not thread-safe.
 */
final class MelodyAlignment {

  /**
   * A matched span of an incipit, intervals {@code start} (inclusive) to {@code end}; its score in
   * (0, 1], and tie-break points for ordering matches of equal score.
   */
  record Match(double score, int tieBreak, int start, int end) {}

  /** Weight of a point against tie-break points, which are at most two per query interval. */
  private static final int POINT = 256;

  /** How a table cell was reached, for tracing a match back to its start. */
  private static final byte NONE = 0;

  private static final byte SAME = 1;
  private static final byte WRONG_NOTE = 2;
  private static final byte NOTE_TOO_MANY = 3;
  private static final byte NOTE_MISSING = 4;

  private final IntervalSequence query;
  private final int sizeWeight;
  private final int directionWeight;
  private final int ratioWeight;
  private final boolean sizeBreaksTies;
  private final boolean ratioBreaksTies;
  private int[] scores = new int[0];
  private byte[] moves = new byte[0];

  MelodyAlignment(IntervalSequence query, MelodicMatch match) {
    this.query = query;
    this.sizeWeight =
        switch (match) {
          case EXACT -> 2;
          case CONTOUR -> 0;
          case RHYTHM -> 1;
        };
    this.directionWeight = match == MelodicMatch.CONTOUR ? 2 : 0;
    this.ratioWeight = match == MelodicMatch.RHYTHM ? 1 : 0;
    this.sizeBreaksTies = match == MelodicMatch.CONTOUR;
    this.ratioBreaksTies = match != MelodicMatch.RHYTHM;
  }

  /**
   * The best match in an incipit, or null when none earns a point.
   *
   * @param verbatimOnly whether intervals that rest on supplied notes are left out of every match
   */
  Match align(IntervalSequence incipit, boolean verbatimOnly) {
    int m = query.length();
    int width = incipit.length() + 1;
    if (scores.length < (m + 1) * width) {
      scores = new int[(m + 1) * width];
      moves = new byte[(m + 1) * width];
    }
    Arrays.fill(scores, 0, width, 0);
    int bestCell = 0;
    for (int i = 1; i <= m; i++) {
      scores[i * width] = 0;
      for (int j = 1; j < width; j++) {
        int cell = i * width + j;
        scores[cell] = 0;
        moves[cell] = NONE;
        if (verbatimOnly && incipit.supplied(j - 1)) {
          continue;
        }
        move(cell, cell - width - 1, SAME, same(i - 1, incipit, j - 1));
        if (sizeWeight > 0) {
          mistakes(cell, width, i, j, incipit, verbatimOnly);
        }
        if (scores[cell] > scores[bestCell]) {
          bestCell = cell;
        }
      }
    }
    if (bestCell == 0) {
      return null;
    }
    int score = scores[bestCell];
    return new Match(
        score / POINT / (2.0 * m), score % POINT, start(bestCell, width), bestCell % width);
  }

  /** Query interval {@code i} against incipit interval {@code j}. */
  private int same(int i, IntervalSequence incipit, int j) {
    boolean sameSize = query.semitones(i) == incipit.semitones(j);
    boolean sameDirection = query.direction(i) == incipit.direction(j);
    boolean sameRatio = query.sameRatio(i, incipit, j);
    int points =
        sizeWeight * sign(sameSize)
            + directionWeight * sign(sameDirection)
            + ratioWeight * sign(sameRatio);
    int tieBreak = 0;
    if (points > 0) {
      tieBreak = (sizeBreaksTies && sameSize ? 1 : 0) + (ratioBreaksTies && sameRatio ? 1 : 0);
    }
    return points * POINT + tieBreak;
  }

  /** A wrong, added or missing note in the query, where the notes around it agree. */
  private void mistakes(
      int cell, int width, int i, int j, IntervalSequence incipit, boolean verbatimOnly) {
    boolean twoInIncipit = j >= 2 && !(verbatimOnly && incipit.supplied(j - 2));
    int incipitPair = twoInIncipit ? incipit.semitones(j - 2) + incipit.semitones(j - 1) : 0;
    if (i >= 2) {
      int queryPair = query.semitones(i - 2) + query.semitones(i - 1);
      if (twoInIncipit
          && queryPair == incipitPair
          && query.semitones(i - 1) != incipit.semitones(j - 1)) {
        int ratios =
            (query.sameRatio(i - 2, incipit, j - 2) ? 1 : 0)
                + (query.sameRatio(i - 1, incipit, j - 1) ? 1 : 0);
        int points = sizeWeight + ratioWeight * (2 * ratios - 2);
        move(
            cell,
            cell - 2 * width - 2,
            WRONG_NOTE,
            points * POINT + (ratioBreaksTies ? ratios : 0));
      }
      if (queryPair == incipit.semitones(j - 1)) {
        move(cell, cell - 2 * width - 1, NOTE_TOO_MANY, (sizeWeight - ratioWeight) * POINT);
      }
    }
    if (twoInIncipit && query.semitones(i - 1) == incipitPair) {
      move(cell, cell - width - 2, NOTE_MISSING, -ratioWeight * POINT);
    }
  }

  /**
   * Reaches {@code cell} from {@code from} by a move worth {@code value}, if that betters it and
   * keeps at least a point: a match never starts or goes on with nothing to show.
   */
  private void move(int cell, int from, byte move, int value) {
    int score = scores[from] + value;
    if (score >= POINT && score > scores[cell]) {
      scores[cell] = score;
      moves[cell] = move;
    }
  }

  /** The first incipit interval of the match ending at {@code cell}. */
  private int start(int cell, int width) {
    int at = cell;
    while (scores[at] > 0) {
      at -=
          switch (moves[at]) {
            case SAME -> width + 1;
            case WRONG_NOTE -> 2 * width + 2;
            case NOTE_TOO_MANY -> 2 * width + 1;
            case NOTE_MISSING -> width + 2;
            default -> throw new IllegalStateException("no move into a cell with a score");
          };
    }
    return at % width;
  }

  private static int sign(boolean same) {
    return same ? 1 : -1;
  }
}
