package org.ricercar.search;

import java.util.Objects;
import org.ricercar.search.melody.Incipit;

/**
 * A search for works by their incipit's melody. The melody may be found anywhere in an incipit,
 * transposed to any key.
 *
 * @param melody what the member entered; only its pitched notes count (and their durations in
 *     {@link MelodicMatch#RHYTHM} mode), from {@link #MIN_NOTES} to {@link #MAX_NOTES} of them
 * @param match how the melody is compared
 * @param verbatimOnly whether notes supplied by an editor or a model are ignored, so that only what
 *     the sources themselves have can match
 * @param limit how many hits to return, from 1 to {@link #MAX_LIMIT}
 */
public record MelodicQuery(Incipit melody, MelodicMatch match, boolean verbatimOnly, int limit) {

  /** Fewer notes than this say too little about a melody to rank works by it. */
  public static final int MIN_NOTES = 3;

  /** The longest melody a query may have; incipits are about twenty notes long. */
  public static final int MAX_NOTES = 40;

  public static final int MAX_LIMIT = 100;

  public MelodicQuery {
    Objects.requireNonNull(melody, "melody");
    Objects.requireNonNull(match, "match");
    int notes = melody.pitched().size();
    if (notes < MIN_NOTES || notes > MAX_NOTES) {
      throw new IllegalArgumentException(
          "a melody to search for needs from "
              + MIN_NOTES
              + " to "
              + MAX_NOTES
              + " notes, not "
              + notes);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }
}
