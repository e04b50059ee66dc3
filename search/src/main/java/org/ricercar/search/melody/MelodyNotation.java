package org.ricercar.search.melody;

/** How a member typed a melody to search for. */
public enum MelodyNotation {
  /**
   * Note names, one per word: {@code c d e f g}, {@code C4 D#4 Eb4:1/8 r:1/4}; what the on-screen
   * keyboard sends. See {@link MelodyInput#parse(String, MelodyNotation)}.
   */
  NOTE_NAMES,
  /**
   * A fragment of ABC music, e.g. {@code GABc d2B2}; C major and {@code L:1/8} unless it says so.
   */
  ABC,
  /** Plaine &amp; Easie Code as RISM writes it, e.g. {@code '4CDEF} or {@code %G-2@3/4$bB 8GAB}. */
  PLAINE_EASIE
}
