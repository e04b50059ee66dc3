package org.ricercar.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.ricercar.search.MelodicHit;
import org.ricercar.search.MelodicMatch;
import org.ricercar.search.MelodicQuery;
import org.ricercar.search.melody.Incipit;

/**
 * Melodic search in two stages. Lucene finds candidates: works sharing the most, and the rarest, of
 * the query's n-grams (each distinct gram counts once, weighted by its BM25 inverse document
 * frequency). Then each candidate's stored incipit is aligned with the query ({@link
 * MelodyAlignment}), which scores it and finds the matched span; hits are ordered by that score,
 * then by the alignment's tie-break points (how well what the mode does not ask for, such as rhythm
 * in exact mode, fits too), then by id.
 */
public final class MelodicSearch {

  /**
   * How many candidates are aligned; enough that a query with a wrong note still finds its work.
   */
  static final int CANDIDATES = 500;

  private static final Set<String> STORED = Set.of(WorkFields.ID, MelodyFields.INCIPIT);
  private static final Set<String> LISTING = Set.of(WorkFields.LISTING);
  private static final Comparator<Ranked> BEST_FIRST =
      Comparator.comparingDouble((Ranked ranked) -> ranked.hit().score())
          .thenComparingInt(Ranked::tieBreak)
          .reversed()
          .thenComparing(ranked -> ranked.hit().id());

  /** A hit and what orders it among hits of equal score (see {@link MelodyAlignment}). */
  private record Ranked(MelodicHit hit, int tieBreak, int doc) {}

  private MelodicSearch() {}

  /** Candidates from the n-gram fields, re-ranked by alignment; ids read from the stored field. */
  public static List<MelodicHit> search(IndexSearcher searcher, MelodicQuery query)
      throws IOException {
    var melody = IntervalSequence.of(query.melody());
    Query candidates = candidates(searcher.getIndexReader(), melody, query);
    ScoreDoc[] found = searcher.search(candidates, CANDIDATES).scoreDocs;
    // In document order, stored fields are read block after block.
    Arrays.sort(found, Comparator.comparingInt(scoreDoc -> scoreDoc.doc));
    var alignment = new MelodyAlignment(melody, query.match());
    StoredFields stored = searcher.storedFields();
    var hits = new ArrayList<Ranked>();
    for (ScoreDoc candidate : found) {
      Document doc = stored.document(candidate.doc, STORED);
      String text = doc.get(MelodyFields.INCIPIT);
      var incipit = IntervalSequence.of(Incipit.parse(text));
      MelodyAlignment.Match match = alignment.align(incipit, query.verbatimOnly());
      if (match != null) {
        var hit =
            new MelodicHit(
                doc.get(WorkFields.ID),
                match.score(),
                text,
                incipit.noteIndex(match.start()),
                incipit.noteIndex(match.end()) + 1,
                incipit.supplied(match.start(), match.end()),
                null);
        hits.add(new Ranked(hit, match.tieBreak(), candidate.doc));
      }
    }
    hits.sort(BEST_FIRST);
    // Only the hits returned need their listing.
    var best = new ArrayList<MelodicHit>();
    for (Ranked ranked : hits.subList(0, Math.min(query.limit(), hits.size()))) {
      String listing = stored.document(ranked.doc(), LISTING).get(WorkFields.LISTING);
      best.add(ranked.hit().withListing(listing));
    }
    return best;
  }

  /**
   * One constant-score clause per distinct gram of the query, weighted by how rare the gram is; a
   * verbatim-only search looks in the verbatim fields alone.
   */
  private static Query candidates(IndexReader reader, IntervalSequence melody, MelodicQuery query)
      throws IOException {
    var builder = new BooleanQuery.Builder();
    for (MelodyGrams grams : families(query.match())) {
      for (String gram : grams.query(melody)) {
        var verbatim = new Term(grams.verbatimField(), gram);
        var supplied = new Term(grams.suppliedField(), gram);
        int docFreq = reader.docFreq(verbatim);
        Query clause = new TermQuery(verbatim);
        if (!query.verbatimOnly()) {
          docFreq += reader.docFreq(supplied);
          clause =
              new BooleanQuery.Builder()
                  .add(clause, BooleanClause.Occur.SHOULD)
                  .add(new TermQuery(supplied), BooleanClause.Occur.SHOULD)
                  .build();
        }
        if (docFreq > 0) {
          float idf = (float) Math.log(1 + (reader.maxDoc() - docFreq + 0.5) / (docFreq + 0.5));
          builder.add(
              new BoostQuery(new ConstantScoreQuery(clause), idf), BooleanClause.Occur.SHOULD);
        }
      }
    }
    return builder.build();
  }

  /**
   * The gram families a mode looks in. Rhythm adds interval grams, so that a wrong note (which
   * spoils every rhythm gram around it) still finds its work.
   */
  private static List<MelodyGrams> families(MelodicMatch match) {
    return switch (match) {
      case EXACT -> List.of(MelodyGrams.INTERVAL);
      case CONTOUR -> List.of(MelodyGrams.CONTOUR);
      case RHYTHM -> List.of(MelodyGrams.RHYTHM, MelodyGrams.INTERVAL);
    };
  }
}
