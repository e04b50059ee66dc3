package org.ricercar.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ricercar.search.Works.work;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueIndexTest {

  private final CatalogueIndex index = CatalogueIndex.inMemory();

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void findsComposersWithoutTheirDiacritics() {
    add(
        work("1").title("Rusalka").composer("Antonín Dvořák"),
        work("2").title("Ich will meine Seele tauchen").composer("Corona Schröter"));

    assertThat(ids("dvorak")).containsExactly("1");
    assertThat(ids("schroter")).containsExactly("2");
    assertThat(ids("SCHRÖTER")).containsExactly("2");
  }

  @Test
  void requiresEveryWordAndRanksTitleMatchesAboveNotes() {
    add(
        work("notes").title("Sonata").composer("Louise Farrenc").text("like a nocturne"),
        work("title").title("Nocturne").composer("Louise Farrenc"),
        work("other").title("Nocturne").composer("Lili Boulanger"));

    assertThat(ids("nocturne farrenc")).containsExactly("title", "notes");
  }

  @Test
  void matchesPrefixesPhrasesCatalogueNumbersAndOtherNames() {
    add(
        work("1")
            .title("Das Jahr")
            .alternativeTitle("The Year")
            .composer("Fanny Hensel", "Fanny Mendelssohn")
            .number("H-U 385"));

    assertThat(ids("hens*")).containsExactly("1");
    assertThat(ids("\"H-U 385\"")).containsExactly("1");
    assertThat(ids("year")).containsExactly("1");
    assertThat(ids("mendelssohn")).containsExactly("1");
  }

  @Test
  void toleratesATypoAndRanksTheExactSpellingFirst() {
    add(
        work("typo").title("Serenade").composer("Hans Farenc"),
        work("exact").title("Serenade").composer("Louise Farrenc"));

    assertThat(ids("farrenc")).containsExactly("exact", "typo");
    assertThat(ids("sernade")).containsExactlyInAnyOrder("exact", "typo");
    assertThat(ids("farrenc op")).isEmpty();
  }

  @Test
  void fieldedQueriesSearchOnlyTheirFields() {
    add(
        work("byName").title("Lied").composer("Clara Schumann"),
        work("aboutName").title("Clara").composer("Robert Schumann"),
        work("inD").title("Trio").composer("Louise Farrenc").key("D minor"));

    assertThat(ids("composer:clara")).containsExactly("byName");
    assertThat(ids("title:clara")).containsExactly("aboutName");
    assertThat(ids("key:\"d minor\"")).containsExactly("inD");
    assertThatThrownBy(() -> ids("colour:blue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("composer:");
    assertThatThrownBy(() -> ids("\"unclosed")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void highlightsTheMatchedWordsInTitleComposerAndText() {
    add(
        work("1")
            .title("Serenade for Strings")
            .composer("Antonín Dvořák")
            .text("Written in two weeks of May 1875.")
            .listing("{\"id\": 1}"));

    SearchResult.Hit hit =
        index.search(SearchRequest.words("dvorak strings may", 0, 10)).hits().getFirst();

    assertThat(hit.highlights().get("title"))
        .containsExactly(new Fragment("Serenade for ", false), new Fragment("Strings", true));
    assertThat(hit.highlights().get("composer"))
        .containsExactly(new Fragment("Antonín ", false), new Fragment("Dvořák", true));
    assertThat(hit.highlights().get("text")).contains(new Fragment("May", true));
    assertThat(hit.listing()).isEqualTo("{\"id\": 1}");
  }

  @Test
  void countsFacetsSidewaysSoAChosenValueLeavesTheOthersVisible() {
    add(
        work("1")
            .title("Trio")
            .composer("Louise Farrenc")
            .year(1844)
            .genre("Trio")
            .instrument("piano"),
        work("2")
            .title("Trio")
            .composer("Fanny Hensel")
            .year(1847)
            .genre("Trio")
            .instrument("piano"),
        work("3").title("Quintet").composer("Louise Farrenc").year(1839).genre("Quintet"),
        work("4").title("Suite").composer("Lili Boulanger").year(1914).genre("Suite"));

    var all = index.search(new SearchRequest("", Map.of(), null, 0, 10));
    var farrenc =
        index.search(
            new SearchRequest("", Map.of(Facet.COMPOSER, Set.of("Louise Farrenc")), null, 0, 10));
    var farrencOrHensel =
        index.search(
            new SearchRequest(
                "",
                Map.of(
                    Facet.COMPOSER, Set.of("Louise Farrenc", "Fanny Hensel"),
                    Facet.GENRE, Set.of("Trio")),
                null,
                0,
                10));

    assertThat(all.total()).isEqualTo(4);
    assertThat(all.facets().get(Facet.PERIOD))
        .containsExactlyInAnyOrder(
            new FacetCount("19th century", 3, false), new FacetCount("20th century", 1, false));
    assertThat(farrenc.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("1", "3");
    assertThat(farrenc.facets().get(Facet.COMPOSER))
        .contains(
            new FacetCount("Louise Farrenc", 2, true),
            new FacetCount("Fanny Hensel", 1, false),
            new FacetCount("Lili Boulanger", 1, false));
    assertThat(farrenc.facets().get(Facet.GENRE))
        .containsExactlyInAnyOrder(
            new FacetCount("Trio", 1, false), new FacetCount("Quintet", 1, false));
    assertThat(farrencOrHensel.hits())
        .extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrder("1", "2");
    assertThat(farrencOrHensel.facets()).containsKeys(Facet.values());
    assertThat(farrencOrHensel.facets().get(Facet.RESTORATION)).isEmpty();
  }

  @Test
  void sortsByTitleComposerAndDateWithUndatedWorksLast() {
    add(
        work("b").title("Élégie").composer("Zelenka").year(1720),
        work("a").title("Aria").composer("Bach"),
        work("c").title("Chaconne").composer("Marais").year(1701));

    assertThat(sorted(SearchSort.TITLE)).containsExactly("a", "c", "b");
    assertThat(sorted(SearchSort.COMPOSER)).containsExactly("a", "c", "b");
    assertThat(sorted(SearchSort.DATE)).containsExactly("c", "b", "a");
    assertThat(sorted(SearchSort.DATE_DESCENDING)).containsExactly("b", "c", "a");
  }

  @Test
  void pagesThroughHitsAndCountsAllOfThem() {
    for (int i = 0; i < 30; i++) {
      index.apply(
          List.of(work(Integer.toString(i)).title("Lied " + i).composer("Josephine Lang").build()),
          List.of(),
          i);
    }

    var page = index.search(SearchRequest.words("lang", 20, 20));

    assertThat(page.total()).isEqualTo(30);
    assertThat(page.hits()).hasSize(10);
  }

  @Test
  void suggestsComposersBeforeTitlesAsAMemberTypes() {
    add(
        work("1").title("Dvojí Dvůr").composer("Antonín Dvořák"),
        work("2").title("Rusalka").composer("Antonín Dvořák"),
        work("3").title("Nocturne").composer("Louise Farrenc"));

    assertThat(index.suggest("dvo", 5))
        .containsExactly(
            new Suggestion("Antonín Dvořák", Suggestion.Kind.COMPOSER),
            new Suggestion("Dvojí Dvůr", Suggestion.Kind.TITLE));
    assertThat(index.suggest("antonin dv", 5))
        .containsExactly(new Suggestion("Antonín Dvořák", Suggestion.Kind.COMPOSER));
    assertThat(index.suggest("  ", 5)).isEmpty();
  }

  @Test
  void findsAWorkByAFragmentOfItsIncipitInAnotherKey() {
    add(
        work("theme")
            .title("Theme")
            .incipit("G4:1/4 C5:1/4 B4:1/8 C5:1/8 D5:1/4 E5:1/2 r:1/4 D5:1/4 C5:1/2"),
        work("other").title("Other").incipit("C4:1/4 C4:1/4 G4:1/4 G4:1/4 A4:1/4 A4:1/4 G4:1/2"));

    List<MelodicHit> hits =
        index.searchMelody(
            new MelodicQuery(
                org.ricercar.search.melody.Incipit.parse(
                    "F4:1/4 E4:1/8 F4:1/8 G4:1/4 A4:1/2 G4:1/4"),
                MelodicMatch.EXACT,
                false,
                5));

    assertThat(hits).isNotEmpty();
    assertThat(hits.getFirst().id()).isEqualTo("theme");
    assertThat(hits.getFirst().matchStart()).isEqualTo(1);
    assertThat(hits.getFirst().matchEnd()).isEqualTo(8);
  }

  @Test
  void replacedAndRemovedWorksStopMatching() {
    add(work("1").title("Trio"));
    index.apply(
        List.of(work("1").title("Quintet").build(), work("2").title("Trio").build()),
        List.of("2"),
        2);

    assertThat(ids("trio")).isEmpty();
    assertThat(ids("quintet")).containsExactly("1");
  }

  @Test
  void reopensAtItsLastCommittedPosition(@TempDir Path folder) {
    try (var first = CatalogueIndex.open(folder)) {
      assertThat(first.needsRebuild()).isTrue();
      first.apply(List.of(work("1").title("Trio").build()), List.of(), 7);
      first.commit();
      first.apply(List.of(work("2").title("Trio").build()), List.of(), 9);
    }

    try (var reopened = CatalogueIndex.open(folder)) {
      assertThat(reopened.needsRebuild()).isFalse();
      assertThat(reopened.position()).isEqualTo(7);
      assertThat(reopened.size()).isEqualTo(1);
    }
  }

  @Test
  void aRebuildIsSearchableOnlyWhenFinishedAndAnAbandonedOneChangesNothing(@TempDir Path folder) {
    try (var index = CatalogueIndex.open(folder)) {
      index.apply(List.of(work("old").title("Trio").build()), List.of(), 3);
      index.commit();

      var abandoned = index.rebuild(5);
      abandoned.add(List.of(work("new").title("Trio").build()));
      assertThat(idsIn(index, "trio")).containsExactly("old");
      abandoned.abandon();
      assertThat(idsIn(index, "trio")).containsExactly("old");
      assertThat(index.position()).isEqualTo(3);

      var rebuild = index.rebuild(5);
      rebuild.add(List.of(work("new").title("Trio").build()));
      rebuild.finish();
      assertThat(idsIn(index, "trio")).containsExactly("new");
      assertThat(index.position()).isEqualTo(5);
    }
  }

  @Test
  void aRebuildCutShortIsStartedAgainOnTheNextOpenOverTheLastCommit(@TempDir Path folder) {
    try (var index = CatalogueIndex.open(folder)) {
      index.apply(List.of(work("old").title("Trio").build()), List.of(), 3);
      index.commit();
      index.rebuild(8).add(List.of(work("new").title("Trio").build()));
      // closed without finishing, as by a crash
    }

    try (var reopened = CatalogueIndex.open(folder)) {
      assertThat(reopened.needsRebuild()).isTrue();
      assertThat(reopened.position()).isEqualTo(3);
      assertThat(idsIn(reopened, "trio")).containsExactly("old");
    }
  }

  @Test
  void rejectsOversizedRequests() {
    assertThatThrownBy(() -> SearchRequest.words("x".repeat(501), 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchRequest.words("x", 0, 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchRequest.words("x", 10_001, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void add(Works... works) {
    index.apply(Arrays.stream(works).map(Works::build).toList(), List.of(), 1);
  }

  private List<String> ids(String query) {
    return idsIn(index, query);
  }

  private static List<String> idsIn(CatalogueIndex index, String query) {
    return index.search(SearchRequest.words(query, 0, 100)).hits().stream()
        .map(SearchResult.Hit::id)
        .toList();
  }

  private List<String> sorted(SearchSort sort) {
    return index.search(new SearchRequest("", Map.of(), sort, 0, 10)).hits().stream()
        .map(SearchResult.Hit::id)
        .toList();
  }
}
