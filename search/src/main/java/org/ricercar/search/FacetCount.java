package org.ricercar.search;

/**
 * One value of a facet and how many matching works have it.
 *
 * @param value the value, as shown and as passed back to filter by it
 * @param count how many works match the search with this value (ignoring the facet's own filter, so
 *     that choosing one value still shows the others)
 * @param selected whether the search filters by this value
 */
public record FacetCount(String value, long count, boolean selected) {}
