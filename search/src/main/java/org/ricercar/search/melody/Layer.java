package org.ricercar.search.melody;

/**
 * Where a note comes from: the source itself, or supplied by an editor or a model (a restoration).
 * Search can exclude supplied notes or flag the hits that depend on them.
 */
public enum Layer {
  VERBATIM,
  SUPPLIED
}
