/** Collections curated by librarians: ordered, described lists of works, nested one level deep. */
package org.ricercar.archive.catalogue.collection;
