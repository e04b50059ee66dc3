package org.ricercar.archive.scores;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
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

class AbcExtractorTest {

  private static final String TUNEBOOK =
      """
      %abc-2.1
      L:1/4

      X:1
      T:The Fixture Jig
      T:Test Tune
      C:Anon.
      C:Arr. A. Tester
      % a remark between header fields
      M:6/8
      L:1/8
      K:Ador
      |: "Am"A2B c2d | e2f g2a :|
      w: Twin-kle, twin-kle lit-tle_ star

      X:2
      T:Second
      K:Bb
      B c d e | f4 |
      W:Words printed after the tune
      W:and their second line

      X:3
      T:Unreadable
      K:G
      AB#c
      """;

  @TempDir Path folder;

  private final AbcExtractor extractor = new AbcExtractor();

  @Test
  void readsEachTuneOfATunebookAsAWork() throws IOException {
    List<ExtractedWork> works = extract(TUNEBOOK);

    assertThat(works).hasSize(3);
    assertThat(works.get(0))
        .isEqualTo(
            new ExtractedWork(
                "X:1",
                "The Fixture Jig",
                List.of("Test Tune"),
                List.of("Anon.", "Arr. A. Tester"),
                Map.of(),
                null,
                "A dorian",
                "6/8",
                List.of(),
                List.of(),
                "Twinkle, twinkle little star",
                Incipit.parse("A4:1/4 B4:1/8 C5:1/4 D5:1/8 E5:1/4 F#5:1/8 G5:1/4 A5:1/8"),
                null));
  }

  @Test
  void takesTheFileHeadersFieldsAsDefaultsAndPrintedWordsWhenNoneAreSung() throws IOException {
    ExtractedWork second = extract(TUNEBOOK).get(1);

    assertThat(second.incipit()).hasToString("Bb4:1/4 C5:1/4 D5:1/4 Eb5:1/4 F5:1/1");
    assertThat(second.key()).isEqualTo("B-flat major");
    assertThat(second.metre()).isNull();
    assertThat(second.composers()).isEmpty();
    assertThat(second.lyricsIncipit()).isEqualTo("Words printed after the tune");
  }

  @Test
  void keepsATuneWhoseMusicIsUnreadableWithoutAnIncipit() throws IOException {
    ExtractedWork unreadable = extract(TUNEBOOK).get(2);

    assertThat(unreadable.title()).isEqualTo("Unreadable");
    assertThat(unreadable.key()).isEqualTo("G major");
    assertThat(unreadable.incipit()).isNull();
  }

  @Test
  void readsLatin1Files() throws IOException {
    Path file = folder.resolve("latin1.abc");
    Files.write(file, "X:1\nT:Caf\u00e9 Waltz\nK:C\nCDEF|\n".getBytes(ISO_8859_1));

    assertThat(extractor.extract(file, IngestLimits.DEFAULTS).getFirst().title())
        .isEqualTo("Caf\u00e9 Waltz");
  }

  @Test
  void rejectsAFileWithoutTunes() {
    assertThatThrownBy(() -> extract("T:Not a tune\nK:C\nCDEF\n"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("no ABC tune found: each tune starts with an X: line");
  }

  private List<ExtractedWork> extract(String content) throws IOException {
    Path file = Files.writeString(folder.resolve("tunes.abc"), content);
    return extractor.extract(file, IngestLimits.DEFAULTS);
  }
}
