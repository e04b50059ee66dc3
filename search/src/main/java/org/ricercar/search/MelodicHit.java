package org.ricercar.search;

/**
 * A work whose incipit matches a {@link MelodicQuery}.
 *
 * @param id the work's identifier
 * @param score how much of the query the incipit matches, in (0, 1]: 1 when the whole query is
 *     found as asked for, less for each altered, added or missing note
 * @param incipit the incipit's text form (see {@link
 *     org.ricercar.search.melody.Incipit#toString()})
 * @param matchStart index in the incipit's notes (rests included) of the first matched note
 * @param matchEnd index just past the last matched note
 * @param dependsOnSupplied whether the matched span holds a note supplied by an editor or a model
 * @param listing the work as lists show it ({@link IndexedWork#listing()}), or null
 */
public record MelodicHit(
    String id,
    double score,
    String incipit,
    int matchStart,
    int matchEnd,
    boolean dependsOnSupplied,
    String listing) {

  /** The same hit with the work's listing. */
  public MelodicHit withListing(String listing) {
    return new MelodicHit(id, score, incipit, matchStart, matchEnd, dependsOnSupplied, listing);
  }
}
