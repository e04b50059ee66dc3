package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbcCorpusTest {

  private final AbcExtractor extractor = new AbcExtractor();

  @Test
  void everyTuneOfTheCorpusTunebooksIsAWorkWithItsTitlesComposersAndIncipit() {
    Map<String, List<ExtractedWork>> worksByFile = new HashMap<>();
    for (Path file : Corpus.files("abc", "abc")) {
      String path = Corpus.root().relativize(file).toString();
      worksByFile.put(path, extractor.extract(file, IngestLimits.DEFAULTS));
    }
    List<Map<String, String>> tunes = CorpusTable.rows("abc_tunes.csv");
    var mismatches = new ArrayList<String>();
    int withComposer = 0;
    int withIncipit = 0;
    for (Map<String, String> tune : tunes) {
      ExtractedWork work =
          worksByFile.get(tune.get("path")).get(Integer.parseInt(tune.get("tune_index")) - 1);
      String expected =
          "X:%s %s [%s] {%s}"
              .formatted(
                  tune.get("X"), tune.get("title"), tune.get("alt_titles"), tune.get("composer"));
      String actual =
          "%s %s [%s] {%s}"
              .formatted(
                  work.locator(),
                  work.title(),
                  String.join(" | ", work.alternativeTitles()),
                  String.join("; ", work.composers()));
      if (!expected.equals(actual)) {
        mismatches.add(expected + " <> " + actual);
      }
      withComposer += work.composers().isEmpty() ? 0 : 1;
      if (work.incipit() != null && work.incipit().pitched().size() >= 12) {
        withIncipit++;
      } else {
        mismatches.add(work.locator() + " " + work.title() + ": incipit " + work.incipit());
      }
    }
    System.out.printf(
        "ABC corpus: %d files, %d tunes, %d with composer, %d with an incipit of 12+ notes%n",
        worksByFile.size(),
        worksByFile.values().stream().mapToInt(List::size).sum(),
        withComposer,
        withIncipit);
    assertThat(mismatches).isEmpty();
    assertThat(worksByFile.values().stream().mapToInt(List::size).sum()).isEqualTo(204);
    assertThat(withIncipit).isEqualTo(204);
  }

  @Test
  void readsTheOpeningOfTunesAsWrittenByHand() {
    assertThat(incipit("rjl20-abc-tunebook/Combined_Tunebook.abc", "X:1"))
        .as("Whiskey Before Breakfast, K:D")
        .isEqualTo(
            "D4:1/8 E4:1/8 F#4:1/8 G4:1/8 A4:1/4 A4:1/8 A4:1/8 A4:1/8 B4:1/8 A4:1/8 G4:1/8"
                + " F#4:1/8 E4:1/8 D4:1/8 F#4:1/8 G4:1/4 B4:1/8 G4:1/8 F#4:1/4 A4:1/8");
    assertThat(incipit("rjl20-abc-tunebook/Combined_Tunebook.abc", "X:50"))
        .as("Cold Frosty Morning: unison chords, slurs, fingerings and bowings, L:1/16")
        .isEqualTo(
            "E5:3/16 E5:1/16 E5:1/8 F#5:1/16 E5:1/16 C#5:1/8 E5:1/16 C#5:1/16 A4:1/8 C#5:1/8"
                + " E5:3/16 E5:1/16 E5:1/8 F#5:1/16 E5:1/16 C#5:1/8 E5:1/16 C#5:1/16 E4:1/8"
                + " A4:1/8");
    assertThat(incipit("jukedeck-nottingham-dataset/ABC_original/hpps.abc", "X:2"))
        .as("Barn Dance 1: a triplet upbeat with its own accidental")
        .isEqualTo(
            "F#5:1/12 G5:1/12 G#5:1/12 A5:1/4 A5:1/4 F#5:1/4 F#5:1/4 D5:1/8 A4:1/8 G#4:1/8"
                + " A4:1/8 B4:1/4 A4:1/4 G5:1/4 G5:1/4 E5:1/4 E5:1/4 C#5:1/8 A4:1/8 G#4:1/8");
    assertThat(incipit("jukedeck-nottingham-dataset/ABC_original/playford.abc", "X:3"))
        .as("CAL 2: 9/8 without L:, ties written before the second note")
        .isEqualTo(
            "D4:1/4 G4:1/8 B4:3/4 B4:1/8 A4:1/8 G4:1/8 D5:1/8 B4:5/8 A4:1/8 B4:1/8 D5:1/8"
                + " D5:5/8 B4:1/8 D5:1/8 B4:1/8 D5:1/8 E5:5/8 G5:1/8 E5:1/8 D5:1/8");
  }

  private String incipit(String file, String locator) {
    return extractor
        .extract(Corpus.root().resolve("abc").resolve(file), IngestLimits.DEFAULTS)
        .stream()
        .filter(work -> work.locator().equals(locator))
        .findFirst()
        .orElseThrow()
        .incipit()
        .toString();
  }
}
