package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HumdrumCorpusTest {

  private final HumdrumExtractor extractor = new HumdrumExtractor();

  @Test
  void everyKernFileIsAWorkWithItsComposerTitleAndIncipit() {
    List<Map<String, String>> manifest =
        CorpusTable.rows("manifest.csv").stream()
            .filter(row -> row.get("format").equals("kern"))
            .toList();
    var mismatches = new ArrayList<String>();
    int withIncipit = 0;
    int withMetre = 0;
    for (Map<String, String> row : manifest) {
      List<ExtractedWork> works =
          extractor.extract(Corpus.root().resolve(row.get("path")), IngestLimits.DEFAULTS);
      ExtractedWork work = works.getFirst();
      String expected = row.get("composer") + ": " + row.get("title");
      String actual = work.composers().getFirst() + ": " + work.title();
      if (works.size() != 1 || !expected.equals(actual)) {
        mismatches.add(row.get("path") + " " + expected + " <> " + actual);
      }
      if (work.incipit() != null && work.incipit().pitched().size() >= 12) {
        withIncipit++;
      } else {
        mismatches.add(row.get("path") + ": incipit " + work.incipit());
      }
      withMetre += work.metre() == null ? 0 : 1;
    }
    System.out.printf(
        "Humdrum corpus: %d files, %d with an incipit of 12+ notes, %d with a metre%n",
        manifest.size(), withIncipit, withMetre);
    assertThat(mismatches).isEmpty();
    assertThat(manifest).hasSize(30);
    assertThat(withIncipit).isEqualTo(30);
    assertThat(withMetre).isEqualTo(30);
  }

  @Test
  void readsTheOpeningOfTheTopStaffAsWrittenByHand() {
    ExtractedWork antoinette = work("antoinette.krn");
    assertThat(antoinette.incipit())
        .as("right hand, the right spine of two; chord 4dd^ f# d gives its top note")
        .hasToString(
            "G4:1/8 G#4:1/8 A4:1/8 B4:1/8 C5:1/8 C#5:1/8 D5:1/8 D#5:1/8 E5:1/8 C5:1/8 B4:1/8"
                + " A4:1/8 G4:1/8 A4:1/8 B4:1/8 A4:1/8 F#4:1/8 E4:1/8 D4:1/4 r:1/8 D5:1/4");
    assertThat(antoinette.metre()).isEqualTo("6/8");
    assertThat(antoinette.instruments()).containsExactly("piano");
    assertThat(antoinette.lifeDates()).containsEntry("Joplin, Scott", "1868/11/24-1917/04/01");
    assertThat(antoinette.key()).as("*k[f#] alone names no key").isNull();

    assertThat(work("mapleleaf.krn").incipit())
        .as("pickup rests left out, 16ee-]… ties joined, chord tops")
        .hasToString(
            "Ab4:1/16 Eb5:1/16 Ab4:1/16 C5:1/16 Eb5:1/8 G4:1/16 Eb5:1/16 G4:1/16 Bb4:1/16"
                + " Eb5:5/16 r:1/16 Ab4:1/16 Eb5:1/16 Ab4:1/16 C5:1/16 Eb5:1/8 G4:1/16 Eb5:1/16"
                + " G4:1/16 Bb4:1/16 Eb5:3/16");
    assertThat(work("binks.krn").incipit())
        .as("*^ in bar 3: the first (upper) sub-spine is followed")
        .hasToString(
            "Bb3:1/8 D4:1/8 C#4:1/8 D4:1/8 F4:1/8 G4:1/8 Bb3:1/8 D4:1/8 C#4:1/8 D4:1/8 F4:1/8"
                + " G4:1/8 Bb4:1/8 Bb4:1/8 Bb4:1/8 Bb4:1/8 Bb4:1/8 Bb4:1/8 A4:1/2 F4:1/4");
    assertThat(work("chrysanthemum.krn").key()).isEqualTo("B-flat major");
    assertThat(work("heliotrope.krn").composers())
        .containsExactly("Joplin, Scott", "Chauvin, Louis");
  }

  private ExtractedWork work(String name) {
    Path file = Corpus.root().resolve("kern/craigsapp-joplin/kern").resolve(name);
    return extractor.extract(file, IngestLimits.DEFAULTS).getFirst();
  }
}
