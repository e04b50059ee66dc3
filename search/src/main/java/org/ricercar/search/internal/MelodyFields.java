package org.ricercar.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.ricercar.search.melody.Incipit;

/**
 * The fields that make a work's incipit searchable by melody: its text form, stored for re-ranking
 * and display, and its n-grams (see {@link MelodyGrams}), one untokenized term per distinct gram.
 * Each gram field has a twin with the suffix {@value #SUPPLIED_SUFFIX} for the grams that touch a
 * note supplied by an editor or a model, so that a search can leave those out.
 */
public final class MelodyFields {

  /** The incipit's text form, stored. */
  public static final String INCIPIT = "incipit";

  /** Interval grams, including those with a note left out. */
  static final String INTERVAL = "melody_interval";

  /** Direction grams. */
  static final String CONTOUR = "melody_contour";

  /** Interval and duration-ratio grams. */
  static final String RHYTHM = "melody_rhythm";

  static final String SUPPLIED_SUFFIX = "_supplied";

  private MelodyFields() {}

  /** Adds the incipit's searchable encodings and its stored text form to a work's document. */
  public static void addTo(Document doc, Incipit incipit) {
    doc.add(new StoredField(INCIPIT, incipit.toString()));
    var intervals = IntervalSequence.of(incipit);
    for (MelodyGrams grams : MelodyGrams.values()) {
      grams.index(
          intervals, (field, gram) -> doc.add(new StringField(field, gram, Field.Store.NO)));
    }
  }
}
