package org.ricercar.archive.search;

import java.util.List;

/** Completions of what a member is typing, composers first. */
public record Suggestions(List<Item> suggestions) {

  /**
   * One completion.
   *
   * @param text the composer's name or the title
   * @param kind {@code composer} or {@code title}
   */
  public record Item(String text, String kind) {}
}
