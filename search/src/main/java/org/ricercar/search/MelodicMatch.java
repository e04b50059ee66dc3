package org.ricercar.search;

/** How a melodic query is compared with the incipits; every mode ignores transposition. */
public enum MelodicMatch {
  /** The same intervals, in semitones, between consecutive notes. */
  EXACT,
  /** The same shape only: each step goes up, down or repeats, whatever its size. */
  CONTOUR,
  /** The same intervals and the same ratios between consecutive durations. */
  RHYTHM
}
