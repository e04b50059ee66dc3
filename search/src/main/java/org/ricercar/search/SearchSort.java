package org.ricercar.search;

/** How search hits are ordered. */
public enum SearchSort {
  /** Best match first; the default when there are words to match. */
  RELEVANCE,
  /** By title, A to Z. */
  TITLE,
  /** By the first composer's name, A to Z. */
  COMPOSER,
  /** Oldest first; works without a date last. */
  DATE,
  /** Newest first; works without a date last. */
  DATE_DESCENDING
}
