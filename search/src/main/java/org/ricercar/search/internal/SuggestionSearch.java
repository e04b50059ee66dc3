package org.ricercar.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.ricercar.search.Suggestion;

/**
 * Completes composers' names and titles while a member types: every word typed must begin a word of
 * the name or title, the last one possibly unfinished. Composers of more works come first.
 */
public final class SuggestionSearch {

  /** How many works are looked at for each kind of suggestion. */
  private static final int CANDIDATES = 200;

  private static final Analyzer ANALYZER = new FoldingAnalyzer();

  private SuggestionSearch() {}

  public static List<Suggestion> suggest(IndexSearcher searcher, String prefix, int limit)
      throws IOException {
    List<String> words = words(prefix);
    if (words.isEmpty()) {
      return List.of();
    }
    var suggestions = new ArrayList<Suggestion>();
    for (String composer : matching(searcher, WorkFields.COMPOSER, words, true)) {
      suggestions.add(new Suggestion(composer, Suggestion.Kind.COMPOSER));
    }
    for (String title : matching(searcher, WorkFields.TITLE, words, false)) {
      suggestions.add(new Suggestion(title, Suggestion.Kind.TITLE));
    }
    // Composers first, but leave room for titles when both kinds match.
    int composers =
        (int) suggestions.stream().filter(s -> s.kind() == Suggestion.Kind.COMPOSER).count();
    int titles = suggestions.size() - composers;
    int keepComposers = Math.min(composers, Math.max(limit - titles, (limit + 1) / 2));
    var kept = new ArrayList<Suggestion>(suggestions.subList(0, keepComposers));
    kept.addAll(
        suggestions.subList(
            composers, Math.min(suggestions.size(), composers + limit - keepComposers)));
    return kept;
  }

  /** Distinct stored values of the field that every word begins a word of, most frequent first. */
  private static List<String> matching(
      IndexSearcher searcher, String field, List<String> words, boolean multiValued)
      throws IOException {
    var query = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Term term = new Term(field, words.get(i));
      Query part = i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term);
      query.add(part, BooleanClause.Occur.FILTER);
    }
    ScoreDoc[] docs = searcher.search(query.build(), CANDIDATES).scoreDocs;
    Map<String, Integer> frequency = new LinkedHashMap<>();
    var stored = searcher.storedFields();
    for (ScoreDoc doc : docs) {
      String value = stored.document(doc.doc, Set.of(field)).get(field);
      if (value == null) {
        continue;
      }
      for (String candidate : multiValued ? value.split("; ") : new String[] {value}) {
        if (beginsWords(candidate, words)) {
          frequency.merge(candidate, 1, Integer::sum);
        }
      }
    }
    return frequency.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static boolean beginsWords(String candidate, List<String> words) {
    List<String> own = words(candidate);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean last = i == words.size() - 1;
      if (own.stream().noneMatch(w -> last ? w.startsWith(word) : w.equals(word))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String text) {
    var words = new ArrayList<String>();
    try (var tokens = ANALYZER.tokenStream("", text)) {
      var term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString().toLowerCase(Locale.ROOT));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
