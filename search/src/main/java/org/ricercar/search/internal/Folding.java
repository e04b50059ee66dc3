package org.ricercar.search.internal;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Folds diacritics the way the analyzer does, for sort keys and for matching suggestions. */
final class Folding {

  private Folding() {}

  static String fold(String text) {
    char[] input = text.toCharArray();
    char[] output = new char[input.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
    return new String(output, 0, length);
  }
}
