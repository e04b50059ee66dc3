package org.ricercar.archive.search;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The works whose incipits hold a melody, most similar first.
 *
 * @param query the melody as read, in the incipit text form (for playback)
 * @param hits the matching works
 */
public record MelodyPage(String query, List<Hit> hits) {

  /**
   * One work whose incipit matches.
   *
   * @param work the work as listings show it (a {@code WorkSummary}), as of its last indexing
   * @param score similarity from 0 to 1; 1 is the whole query found exactly
   * @param incipit the incipit that matched, in its text form
   * @param matchStart the index of the first matched note in the incipit (rests count)
   * @param matchEnd the index after the last matched note
   * @param dependsOnSupplied whether the matched notes include notes an editor or a model supplied
   */
  public record Hit(
      JsonObject work,
      double score,
      String incipit,
      int matchStart,
      int matchEnd,
      boolean dependsOnSupplied) {}
}
