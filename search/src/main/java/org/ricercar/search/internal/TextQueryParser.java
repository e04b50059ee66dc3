package org.ricercar.search.internal;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Reads what a member typed into a Lucene query: every word must match in some field (weighted by
 * {@link WorkFields#WEIGHTS}), {@code composer:} and the other names of {@link WorkFields#FIELDED}
 * narrow a word to their fields, and in titles and composers' names a word of four letters or more
 * also matches with one typo (eight or more: two, not in the first two letters), ranked below the
 * exact spelling. Not thread-safe: one per query.
 */
public final class TextQueryParser extends MultiFieldQueryParser {

  private static final float TYPO_WEIGHT = 0.35f;

  private final boolean typos;
  private boolean expanding;

  private TextQueryParser(boolean typos) {
    super(
        WorkFields.WEIGHTS.keySet().toArray(String[]::new),
        new FoldingAnalyzer(),
        WorkFields.WEIGHTS);
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setSplitOnWhitespace(true);
    this.typos = typos;
  }

  /**
   * The query for the text; a blank text matches every work.
   *
   * @throws IllegalArgumentException saying what in the text could not be understood
   */
  public static Query queryFor(String text) {
    return parse(text, true);
  }

  /**
   * The same query without its typo tolerance, for highlighting: marking the words a typo matched
   * would cost the highlighter a Levenshtein automaton per field and hit, far more than the search.
   */
  public static Query exactQueryFor(String text) {
    return parse(text, false);
  }

  private static Query parse(String text, boolean typos) {
    if (text.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    try {
      // A slash would start a regular expression; in a catalogue number ("Op. 7/2") it is text.
      return new TextQueryParser(typos).parse(text.replace("/", "\\/"));
    } catch (ParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "could not be understood: check quotes, brackets and field names ("
              + String.join(":, ", WorkFields.FIELDED.keySet().stream().sorted().toList())
              + ":).",
          e);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("has too many words", e);
    }
  }

  @Override
  protected Query newTermQuery(Term term, float boost) {
    Query exact = super.newTermQuery(term, boost);
    String word = term.text();
    if (!typos
        || !WorkFields.TYPO_TOLERANT.contains(term.field())
        || word.length() < 4
        || word.chars().anyMatch(Character::isDigit)) {
      return exact;
    }
    // Two typos are allowed in long words, but not in their first two letters: that keeps the
    // automaton small enough to answer in milliseconds at 100,000 works.
    var typo = word.length() >= 8 ? new FuzzyQuery(term, 2, 2) : new FuzzyQuery(term, 1, 1);
    return new BooleanQuery.Builder()
        .add(exact, BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(typo, TYPO_WEIGHT), BooleanClause.Occur.SHOULD)
        .build();
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    return inFields(field, f -> super.getFieldQuery(f, text, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    return inFields(field, f -> super.getFieldQuery(f, text, slop));
  }

  @Override
  protected Query getPrefixQuery(String field, String prefix) throws ParseException {
    return inFields(field, f -> super.getPrefixQuery(f, prefix));
  }

  @Override
  protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
    return inFields(field, f -> super.getFuzzyQuery(f, text, similarity));
  }

  @Override
  protected Query getWildcardQuery(String field, String text) throws ParseException {
    throw new ParseException("wildcards are only allowed at the end of a word");
  }

  @Override
  protected Query getRegexpQuery(String field, String text) throws ParseException {
    throw new ParseException("regular expressions are not supported");
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException("ranges are not supported");
  }

  /**
   * Builds a query part in the fields a member named. Without a name the multi-field parser spreads
   * the part over every weighted field, calling back here with each; those pass straight through.
   */
  private Query inFields(String field, FieldQuery query) throws ParseException {
    if (field == null) {
      expanding = true;
      try {
        return query.in(null);
      } finally {
        expanding = false;
      }
    }
    if (expanding) {
      return query.in(field);
    }
    List<String> fields = WorkFields.FIELDED.get(field.toLowerCase(Locale.ROOT));
    if (fields == null) {
      throw new ParseException("unknown field " + field);
    }
    var any = new BooleanQuery.Builder();
    for (String target : fields) {
      Query part = query.in(target);
      if (part != null) {
        any.add(part, BooleanClause.Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** A query part built in one field. */
  private interface FieldQuery {
    Query in(String field) throws ParseException;
  }
}
