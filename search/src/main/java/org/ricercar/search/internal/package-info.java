/**
 * Lucene plumbing behind the search API: field names, analysis and query building, and the melodic
 * n-grams and alignment behind melodic search.
 */
package org.ricercar.search.internal;
