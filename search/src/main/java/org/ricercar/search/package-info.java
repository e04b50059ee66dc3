/**
 * Full-text search over the catalogue. The API is plain records ({@link
 * org.ricercar.search.SearchRequest}, {@link org.ricercar.search.SearchResult}); Lucene stays
 * inside this module.
 */
package org.ricercar.search;
