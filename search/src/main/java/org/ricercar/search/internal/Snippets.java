package org.ricercar.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.ricercar.search.Fragment;

/**
 * Highlighted snippets of the fields that matched. The highlighter marks matches with two control
 * characters that cannot occur in catalogue text, and the marked text is then split into {@link
 * Fragment}s.
 */
public final class Snippets {

  private static final String START = "\u0001";
  private static final String END = "\u0002";
  private static final int MAX_PASSAGES = 2;

  private Snippets() {}

  /** Per hit (in the order given), per field that matched, its snippet. */
  public static List<Map<String, List<Fragment>>> of(
      IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
    var result = new ArrayList<Map<String, List<Fragment>>>();
    if (hits.length == 0) {
      return result;
    }
    var highlighter =
        UnifiedHighlighter.builder(searcher, new FoldingAnalyzer())
            .withFormatter(new DefaultPassageFormatter(START, END, " … ", false))
            .withHighlightPhrasesStrictly(true)
            .build();
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    String[] fields = WorkFields.HIGHLIGHTED.toArray(String[]::new);
    int[] passages = new int[fields.length];
    java.util.Arrays.fill(passages, MAX_PASSAGES);
    Map<String, String[]> marked = highlighter.highlightFields(fields, query, docs, passages);
    for (int i = 0; i < hits.length; i++) {
      var perField = new HashMap<String, List<Fragment>>();
      for (String field : fields) {
        String text = marked.get(field)[i];
        if (text != null && text.contains(START)) {
          perField.put(field, fragments(text));
        }
      }
      result.add(perField);
    }
    return result;
  }

  static List<Fragment> fragments(String marked) {
    var fragments = new ArrayList<Fragment>();
    int at = 0;
    while (at < marked.length()) {
      int start = marked.indexOf(START, at);
      if (start < 0) {
        fragments.add(new Fragment(marked.substring(at), false));
        break;
      }
      if (start > at) {
        fragments.add(new Fragment(marked.substring(at, start), false));
      }
      int end = marked.indexOf(END, start);
      if (end < 0) {
        end = marked.length();
      }
      fragments.add(new Fragment(marked.substring(start + 1, end), true));
      at = end + 1;
    }
    return fragments;
  }
}
