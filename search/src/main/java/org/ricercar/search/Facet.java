package org.ricercar.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dimensions a member can narrow a search by. Several values of one facet widen the search (any
 * of them); values of different facets narrow it (all of them).
 */
public enum Facet {
  COMPOSER("composer"),
  /** The century of the work's date, or the catalogue's period when the work has no date. */
  PERIOD("period"),
  GENRE("genre"),
  INSTRUMENTATION("instrumentation"),
  KEY("key"),
  /** The formats of the files attached to the work's sources, e.g. "MusicXML" or "PDF". */
  FORMAT("format"),
  /** The rights statements of those files. */
  RIGHTS("rights"),
  /** Whether a restoration of the work exists; empty until restorations do. */
  RESTORATION("restoration"),
  /** How AI took part in the work's restorations; empty until restorations exist. */
  AI("ai");

  private final String parameter;

  Facet(String parameter) {
    this.parameter = parameter;
  }

  /** The facet's name in URLs and in the index. */
  public String parameter() {
    return parameter;
  }

  public static Optional<Facet> named(String parameter) {
    return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
  }
}
