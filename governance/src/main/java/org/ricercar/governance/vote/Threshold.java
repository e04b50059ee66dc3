package org.ricercar.governance.vote;

/** How many of the yes and no ballots must be yes; abstentions count for the quorum only. */
public enum Threshold {
  /** More yes than no. */
  SIMPLE {
    @Override
    boolean reached(long yes, long no) {
      return yes > no;
    }
  },
  /** Yes at least two thirds of yes + no (and at least one yes). */
  TWO_THIRDS {
    @Override
    boolean reached(long yes, long no) {
      return yes > 0 && 3 * yes >= 2 * (yes + no);
    }
  };

  abstract boolean reached(long yes, long no);
}
