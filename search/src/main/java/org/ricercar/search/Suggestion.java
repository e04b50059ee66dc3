package org.ricercar.search;

/**
 * A completion of what a member is typing.
 *
 * @param text the composer's name or the work's title
 * @param kind which of the two it is
 */
public record Suggestion(String text, Kind kind) {

  /** What a suggestion completes. */
  public enum Kind {
    COMPOSER,
    TITLE
  }
}
