package org.ricercar.governance.guideline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ricercar.governance.guideline.DiffView.Change;
import org.ricercar.governance.guideline.DiffView.ClauseChange;
import org.ricercar.governance.guideline.DiffView.Op;
import org.ricercar.governance.guideline.DiffView.Word;

/** Compares two revisions clause by clause, then word by word (java-diff-utils, Myers' diff). */
public final class RevisionDiff {

  /** Splits text into words, each with the white space that follows it. */
  private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=\\s)(?=\\S)");

  private RevisionDiff() {}

  public static DiffView between(Revision from, Revision to) {
    var clauses = new ArrayList<ClauseChange>();
    for (Clause now : to.clauses()) {
      Clause before = from.clause(now.key());
      if (before == null) {
        clauses.add(
            new ClauseChange(
                now.key(),
                Change.ADDED,
                null,
                now.number(),
                words(null, now.text()),
                now.principles(),
                List.of()));
      } else {
        List<String> added = minus(now.principles(), before.principles());
        List<String> removed = minus(before.principles(), now.principles());
        boolean same =
            before.text().equals(now.text())
                && added.isEmpty()
                && removed.isEmpty()
                && Objects.equals(before.policyArea(), now.policyArea())
                && Objects.equals(before.rule(), now.rule());
        clauses.add(
            new ClauseChange(
                now.key(),
                same ? Change.UNCHANGED : Change.CHANGED,
                before.number(),
                now.number(),
                words(before.text(), now.text()),
                added,
                removed));
      }
    }
    for (Clause before : from.clauses()) {
      if (to.clause(before.key()) == null) {
        clauses.add(
            new ClauseChange(
                before.key(),
                Change.REMOVED,
                before.number(),
                null,
                words(before.text(), null),
                List.of(),
                before.principles()));
      }
    }
    return new DiffView(
        from.number(),
        to.number(),
        words(from.title(), to.title()),
        words(from.purpose(), to.purpose()),
        clauses);
  }

  /** The words of the newer text, with those of the older one that it dropped, in reading order. */
  static List<Word> words(String before, String after) {
    List<String> old = tokens(before);
    List<String> now = tokens(after);
    var words = new ArrayList<Word>();
    int next = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
      int at = delta.getSource().getPosition();
      add(words, Op.SAME, old.subList(next, at));
      add(words, Op.REMOVED, delta.getSource().getLines());
      add(words, Op.ADDED, delta.getTarget().getLines());
      next = at + delta.getSource().size();
    }
    add(words, Op.SAME, old.subList(next, old.size()));
    return words;
  }

  private static List<String> tokens(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return List.of(WORD_BOUNDARY.split(text));
  }

  /** Appends the tokens as one run, merged with the previous run if it has the same op. */
  private static void add(List<Word> words, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = words.size() - 1;
    if (last >= 0 && words.get(last).op() == op) {
      words.set(last, new Word(op, words.get(last).text() + text));
    } else {
      words.add(new Word(op, text));
    }
  }

  private static List<String> minus(List<String> a, List<String> b) {
    return a.stream().filter(x -> !b.contains(x)).toList();
  }
}
