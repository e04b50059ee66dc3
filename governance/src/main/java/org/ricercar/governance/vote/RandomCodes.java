package org.ricercar.governance.vote;

import java.security.SecureRandom;

/** Receipts and pseudonyms: random, lower-case base-32 codes. */
final class RandomCodes {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomCodes() {}

  /** A receipt: 130 random bits, shown in groups of five (e.g. {@code k3v9a-…}). */
  static String receipt() {
    return grouped(code(26));
  }

  /** A voter's pseudonym within one vote: {@code v-} and 60 random bits. */
  static String pseudonym() {
    return "v-" + code(12);
  }

  private static String code(int length) {
    var code = new char[length];
    for (int i = 0; i < length; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  private static String grouped(String code) {
    var grouped = new StringBuilder();
    for (int i = 0; i < code.length(); i += 5) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(code, i, Math.min(code.length(), i + 5));
    }
    return grouped.toString();
  }
}
