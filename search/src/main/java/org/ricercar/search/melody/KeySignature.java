package org.ricercar.search.melody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which steps a key signature alters, and by how much: {@code alterations} holds one alteration in
 * semitones per step, C to B.
 */
public record KeySignature(List<Integer> alterations) {

  /** No sharps or flats. */
  public static final KeySignature NONE = new KeySignature(Collections.nCopies(7, 0));

  private static final String STEPS = "CDEFGAB";
  private static final String SHARPS_ORDER = "FCGDAEB";

  public KeySignature {
    alterations = List.copyOf(alterations);
    if (alterations.size() != 7) {
      throw new IllegalArgumentException("a key signature has an alteration for each of 7 steps");
    }
  }

  /**
   * The conventional signature with that many sharps (positive) or flats (negative), e.g. -3 for B,
   * E and A flat; beyond seven, steps are altered twice.
   */
  public static KeySignature ofFifths(int fifths) {
    if (Math.abs(fifths) > 14) {
      throw new IllegalArgumentException("a key signature has at most 14 sharps or flats");
    }
    KeySignature signature = NONE;
    for (int i = 0; i < Math.abs(fifths); i++) {
      char step = fifths > 0 ? SHARPS_ORDER.charAt(i % 7) : SHARPS_ORDER.charAt(6 - i % 7);
      signature = signature.with(step, signature.alterOf(step) + Integer.signum(fifths));
    }
    return signature;
  }

  /** The alteration this signature gives a step (C to B). */
  public int alterOf(char step) {
    return alterations.get(index(step));
  }

  /** This signature with one step's alteration replaced, e.g. for ABC's {@code K:D =c}. */
  public KeySignature with(char step, int alter) {
    var changed = new ArrayList<>(alterations);
    changed.set(index(step), alter);
    return new KeySignature(changed);
  }

  private static int index(char step) {
    int index = STEPS.indexOf(step);
    if (index < 0) {
      throw new IllegalArgumentException("not a step: " + step);
    }
    return index;
  }
}
