package org.ricercar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogueIndexTest {

  private final CatalogueIndex index = CatalogueIndex.inMemory();

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void findsComposersWithoutTheirDiacritics() {
    index.upsert(work("1", "Rusalka", "Antonín Dvořák"));
    index.upsert(work("2", "Ich will meine Seele tauchen", "Corona Schröter"));
    index.refresh();

    assertThat(ids("dvorak")).containsExactly("1");
    assertThat(ids("schroter")).containsExactly("2");
    assertThat(ids("SCHRÖTER")).containsExactly("2");
  }

  @Test
  void requiresEveryWordAndRanksTitleMatchesAboveNotes() {
    index.upsert(
        new IndexedWork(
            "notes",
            "Sonata",
            List.of(),
            List.of("Louise Farrenc"),
            null,
            null,
            "like a nocturne"));
    index.upsert(work("title", "Nocturne", "Louise Farrenc"));
    index.upsert(work("other", "Nocturne", "Lili Boulanger"));
    index.refresh();

    assertThat(ids("nocturne farrenc")).containsExactly("title", "notes");
  }

  @Test
  void matchesPrefixesAndCatalogueNumbers() {
    index.upsert(
        new IndexedWork(
            "1", "Das Jahr", List.of("The Year"), List.of("Fanny Hensel"), "H-U 385", null, null));
    index.refresh();

    assertThat(ids("hens*")).containsExactly("1");
    assertThat(ids("\"H-U 385\"")).containsExactly("1");
    assertThat(ids("year")).containsExactly("1");
  }

  @Test
  void replacedAndRemovedWorksStopMatching() {
    index.upsert(work("1", "Trio", "Louise Farrenc"));
    index.refresh();
    index.upsert(work("1", "Quintet", "Louise Farrenc"));
    index.upsert(work("2", "Trio", "Louise Farrenc"));
    index.remove("2");
    index.refresh();

    assertThat(ids("trio")).isEmpty();
    assertThat(ids("quintet")).containsExactly("1");
  }

  @Test
  void pagesThroughHitsAndCountsAllOfThem() {
    for (int i = 0; i < 30; i++) {
      index.upsert(work(Integer.toString(i), "Lied " + i, "Josephine Lang"));
    }
    index.refresh();

    var page = index.search(new SearchRequest("lang", 20, 20));

    assertThat(page.total()).isEqualTo(30);
    assertThat(page.hits()).hasSize(10);
  }

  @Test
  void aQueryOfPunctuationMatchesNothing() {
    index.upsert(work("1", "Trio", "Louise Farrenc"));
    index.refresh();

    assertThat(index.search(new SearchRequest("+-", 0, 10)).total()).isZero();
  }

  private List<String> ids(String query) {
    return index.search(new SearchRequest(query, 0, 10)).hits().stream()
        .map(SearchResult.Hit::id)
        .toList();
  }

  private static IndexedWork work(String id, String title, String composer) {
    return new IndexedWork(id, title, List.of(), List.of(composer), null, null, null);
  }
}
