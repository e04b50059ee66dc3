package org.ricercar.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.ricercar.search.Facet;
import org.ricercar.search.IndexedWork;

/** The index's field names and weights, and how a work becomes a Lucene document. */
public final class WorkFields {

  public static final String ID = "id";
  static final String TITLE = "title";
  static final String ALTERNATIVE_TITLE = "alternative_title";
  static final String COMPOSER = "composer";
  static final String COMPOSER_VARIANT = "composer_variant";
  static final String CATALOGUE_NUMBER = "catalogue_number";
  static final String GENRE = "genre";
  static final String KEY = "key";
  static final String INSTRUMENTATION = "instrumentation";
  static final String TEXT = "text";
  static final String TITLE_SORT = "title_sort";
  static final String COMPOSER_SORT = "composer_sort";
  static final String YEAR_SORT = "year_sort";
  public static final String REFERENCE = "reference";
  public static final String LISTING = "listing";

  /** Fields a snippet may come from, as the API names them. */
  static final List<String> HIGHLIGHTED = List.of(TITLE, COMPOSER, TEXT);

  /** Titles and composers matter more than notes when ranking. */
  static final Map<String, Float> WEIGHTS =
      Map.of(
          TITLE, 4f,
          ALTERNATIVE_TITLE, 2.5f,
          COMPOSER, 3f,
          COMPOSER_VARIANT, 2.5f,
          CATALOGUE_NUMBER, 3f,
          GENRE, 1.5f,
          KEY, 1.5f,
          INSTRUMENTATION, 1.2f,
          TEXT, 1f);

  /**
   * Fields where a misspelt word still matches: names and titles, which members type from memory.
   */
  static final java.util.Set<String> TYPO_TOLERANT =
      java.util.Set.of(TITLE, ALTERNATIVE_TITLE, COMPOSER, COMPOSER_VARIANT);

  /** The names a member may put before a colon, and the fields each searches. */
  static final Map<String, List<String>> FIELDED =
      Map.of(
          "title", List.of(TITLE, ALTERNATIVE_TITLE),
          "composer", List.of(COMPOSER, COMPOSER_VARIANT),
          "key", List.of(KEY),
          "genre", List.of(GENRE),
          "instrumentation", List.of(INSTRUMENTATION),
          "number", List.of(CATALOGUE_NUMBER),
          "text", List.of(TEXT));

  /** Facet dimensions; every one may hold several values per work. */
  public static final FacetsConfig FACETS = facetsConfig();

  private WorkFields() {}

  public static Document toDocument(IndexedWork work) {
    var doc = new Document();
    doc.add(new StringField(ID, work.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, work.title(), Field.Store.YES));
    doc.add(new SortedDocValuesField(TITLE_SORT, sortKey(work.title())));
    work.alternativeTitles()
        .forEach(t -> doc.add(new TextField(ALTERNATIVE_TITLE, t, Field.Store.NO)));
    if (!work.composers().isEmpty()) {
      // One stored value, so that a snippet shows all the composers together.
      doc.add(new TextField(COMPOSER, String.join("; ", work.composers()), Field.Store.YES));
      doc.add(new SortedDocValuesField(COMPOSER_SORT, sortKey(work.composers().getFirst())));
    }
    work.composerVariants()
        .forEach(v -> doc.add(new TextField(COMPOSER_VARIANT, v, Field.Store.NO)));
    addText(doc, CATALOGUE_NUMBER, work.catalogueNumber(), Field.Store.NO);
    addText(doc, GENRE, work.genre(), Field.Store.NO);
    addText(doc, KEY, work.key(), Field.Store.NO);
    work.instrumentation().forEach(i -> addText(doc, INSTRUMENTATION, i, Field.Store.NO));
    addText(doc, TEXT, work.text(), Field.Store.YES);
    work.references().forEach(r -> doc.add(new StringField(REFERENCE, r, Field.Store.NO)));
    if (work.listing() != null) {
      doc.add(new StoredField(LISTING, work.listing()));
    }
    if (work.year() != null) {
      doc.add(new NumericDocValuesField(YEAR_SORT, work.year()));
    }
    if (work.incipit() != null) {
      MelodyFields.addTo(doc, work.incipit());
    }
    addFacets(doc, work);
    try {
      return FACETS.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void addFacets(Document doc, IndexedWork work) {
    work.composers().forEach(c -> addFacet(doc, Facet.COMPOSER, c));
    addFacet(doc, Facet.PERIOD, work.year() != null ? century(work.year()) : work.period());
    addFacet(doc, Facet.GENRE, work.genre());
    work.instrumentation().forEach(i -> addFacet(doc, Facet.INSTRUMENTATION, i));
    addFacet(doc, Facet.KEY, work.key());
    work.formats().forEach(f -> addFacet(doc, Facet.FORMAT, f));
    work.rights().forEach(r -> addFacet(doc, Facet.RIGHTS, r));
    if (work.restored()) {
      addFacet(doc, Facet.RESTORATION, "restored");
    }
    work.aiInvolvement().forEach(a -> addFacet(doc, Facet.AI, a));
  }

  private static void addFacet(Document doc, Facet facet, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(facet.parameter(), value.strip()));
    }
  }

  private static void addText(Document doc, String field, String value, Field.Store store) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, store));
    }
  }

  /** "19th century" for 1800 to 1899. */
  static String century(int year) {
    int century = Math.floorDiv(year, 100) + 1;
    String suffix =
        (century % 100 >= 11 && century % 100 <= 13)
            ? "th"
            : switch (century % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return century + suffix + " century";
  }

  private static BytesRef sortKey(String text) {
    return new BytesRef(Folding.fold(text).toLowerCase(Locale.ROOT));
  }

  private static FacetsConfig facetsConfig() {
    var config = new FacetsConfig();
    for (Facet facet : Facet.values()) {
      config.setMultiValued(facet.parameter(), true);
    }
    return config;
  }
}
