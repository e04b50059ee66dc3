package org.ricercar.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits text into words and folds case and diacritics, so "dvorak" finds "Dvořák" and "schroter"
 * finds "Schröter". Used for both indexing and queries.
 */
public final class FoldingAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    var tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(tokenizer, fold(tokenizer));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Prefix queries ("dvoř*") are not tokenized, only normalized: fold them the same way.
    return fold(in);
  }

  private static TokenStream fold(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
