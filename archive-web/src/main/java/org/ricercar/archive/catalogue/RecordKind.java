package org.ricercar.archive.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of catalogue record, with the path segment under which the API serves them. */
public enum RecordKind {
  WORK("works"),
  PERSON("people"),
  SOURCE("sources"),
  COLLECTION("collections");

  private final String path;

  RecordKind(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  /** The kind served under a path segment, if any. */
  public static Optional<RecordKind> fromPath(String path) {
    return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
  }

  /** How the provenance ledger names a record of this kind, e.g. {@code work:42}. */
  public String subject(long id) {
    return noun() + ":" + id;
  }

  /** The noun used in messages, e.g. "work". */
  public String noun() {
    return name().toLowerCase(Locale.ROOT);
  }
}
