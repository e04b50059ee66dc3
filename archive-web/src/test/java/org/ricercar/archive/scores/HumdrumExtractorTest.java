package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ricercar.search.melody.Incipit;

class HumdrumExtractorTest {

  @TempDir Path folder;

  private final HumdrumExtractor extractor = new HumdrumExtractor();

  @Test
  void readsReferenceRecordsAndTheTopStaffsMelody() throws IOException {
    ExtractedWork song =
        extract(
            """
            !!!COM: Tester, Ann
            !!!CDT: 1900-1980
            !!!OTL: Fixture Song
            !!!OTA: Song for Tests
            !!!SCT: T 1
            **kern\t**kern\t**text
            *I"Piano\t*I"Voice\t*
            *d:\t*d:\t*
            *M3/4\t*M3/4\t*
            =1\t=1\t=1
            4D\t[4a\tHel-
            4F\t4a]\t.
            4A\t8b-L\t-lo
            .\t8ccJ\t.
            =2\t=2\t=2
            *\t*^\t*
            2D\t4dd\t4f\tdear
            .\t8qee\t.\t.
            .\t4cc#\t4e\tworld.
            4A\t4dd 4f\t4d\tAnd
            *\t*v\t*v\t*
            =3\t=3\t=3
            2.D\t6ff\tthen
            .\t6ee-\t.
            .\t6dd\t.
            .\t4r\t.
            *-\t*-\t*-
            !!!ENC: encoded for this test
            """);

    assertThat(song)
        .isEqualTo(
            new ExtractedWork(
                null,
                "Fixture Song",
                List.of("Song for Tests"),
                List.of("Tester, Ann"),
                Map.of("Tester, Ann", "1900-1980"),
                "T 1",
                "D minor",
                "3/4",
                List.of(),
                List.of("Voice", "Piano"),
                "Hello dear world.",
                Incipit.parse("A4:1/2 Bb4:1/8 C5:1/8 D5:1/4 C#5:1/4 D5:1/4 F5:1/6 Eb5:1/6 D5:1/6"),
                null));
  }

  @Test
  void readsTheMetreSymbolAndBreveAndRationalDurations() throws IOException {
    ExtractedWork work = extract("**kern\n*M2/2\n*met(c|)\n0c\n3%2d\n4.e\n8f\n*-\n");

    assertThat(work.metre()).isEqualTo("C|");
    assertThat(work.incipit()).hasToString("C4:2/1 D4:2/3 E4:3/8 F4:1/8");
  }

  @Test
  void endsTheIncipitAtAnUnreadableToken() throws IOException {
    assertThat(extract("**kern\n4c\n4d\n4xyz\n4e\n*-\n").incipit()).hasToString("C4:1/4 D4:1/4");
  }

  @Test
  void rejectsFilesWithoutKernSpinesOrWithBrokenSpines() {
    assertThatThrownBy(() -> extract("**text\nla\n*-\n"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("no **kern spine: only **kern music is read");
    assertThatThrownBy(() -> extract("**kern\t**kern\n4c\n*-\t*-\n"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("line 2 has 1 columns where 2 spines are open");
    assertThatThrownBy(() -> extract("just some text\n"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("line 1: a Humdrum file starts its spines with e.g. **kern");
  }

  private ExtractedWork extract(String content) throws IOException {
    Path file = Files.writeString(folder.resolve("piece.krn"), content);
    List<ExtractedWork> works = extractor.extract(file, IngestLimits.DEFAULTS);
    assertThat(works).hasSize(1);
    return works.getFirst();
  }
}
