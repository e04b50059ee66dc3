package org.ricercar.governance.guideline;

import java.util.List;

/**
 * What changed between two revisions: title and purpose word by word, then clause by clause
 * (matched by key, so a renumbered clause is the same clause) and word by word within a clause.
 */
public record DiffView(
    int from, int to, List<Word> title, List<Word> purpose, List<ClauseChange> clauses) {

  public enum Op {
    SAME,
    ADDED,
    REMOVED
  }

  public enum Change {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }

  /** A run of text and whether it is in both revisions, only the newer or only the older. */
  public record Word(Op op, String text) {}

  public record ClauseChange(
      String key,
      Change change,
      Integer fromNumber,
      Integer toNumber,
      List<Word> words,
      List<String> principlesAdded,
      List<String> principlesRemoved) {}
}
