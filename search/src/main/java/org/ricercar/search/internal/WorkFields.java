package org.ricercar.search.internal;

import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.ricercar.search.IndexedWork;

/** The index's field names and weights, and how a work becomes a Lucene document. */
public final class WorkFields {

  public static final String ID = "id";
  static final String TITLE = "title";
  static final String ALTERNATIVE_TITLE = "alternative_title";
  static final String COMPOSER = "composer";
  static final String CATALOGUE_NUMBER = "catalogue_number";
  static final String GENRE = "genre";
  static final String OTHER = "other";

  /** Titles and composers matter more than notes when ranking. */
  public static final Map<String, Float> WEIGHTS =
      Map.of(
          TITLE, 4f,
          ALTERNATIVE_TITLE, 2.5f,
          COMPOSER, 3f,
          CATALOGUE_NUMBER, 3f,
          GENRE, 1.5f,
          OTHER, 1f);

  private WorkFields() {}

  public static Document toDocument(IndexedWork work) {
    var doc = new Document();
    doc.add(new StringField(ID, work.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, work.title(), Field.Store.NO));
    work.alternativeTitles()
        .forEach(t -> doc.add(new TextField(ALTERNATIVE_TITLE, t, Field.Store.NO)));
    work.composers().forEach(c -> doc.add(new TextField(COMPOSER, c, Field.Store.NO)));
    addIfPresent(doc, CATALOGUE_NUMBER, work.catalogueNumber());
    addIfPresent(doc, GENRE, work.genre());
    addIfPresent(doc, OTHER, work.otherText());
    return doc;
  }

  private static void addIfPresent(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }
}
