/** Lucene plumbing behind the search API: field names, analysis and query building. */
package org.ricercar.search.internal;
