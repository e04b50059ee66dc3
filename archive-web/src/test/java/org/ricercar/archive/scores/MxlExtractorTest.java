package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MxlExtractorTest {

  private static final String SCORE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <score-partwise version="4.0">
        <movement-title>Le berger fidèle</movement-title>
        <identification><creator type="composer">Louise Farrenc</creator></identification>
        <part-list><score-part id="P1"><part-name>Voice</part-name></score-part></part-list>
        <part id="P1"><measure number="1">
          <attributes><divisions>1</divisions><key><fifths>3</fifths><mode>major</mode></key></attributes>
          <note><pitch><step>C</step><alter>1</alter><octave>5</octave></pitch>
            <duration>1</duration><type>quarter</type></note>
          <note><pitch><step>E</step><octave>5</octave></pitch><duration>2</duration><type>half</type></note>
        </measure></part>
      </score-partwise>
      """;

  @TempDir Path folder;

  private final MxlExtractor extractor = new MxlExtractor();

  @Test
  void readsTheScoreTheContainerNames() {
    var entries = new LinkedHashMap<String, String>();
    entries.put("mimetype", "application/vnd.recordare.musicxml");
    entries.put("META-INF/container.xml", ZipFixture.container("scores/berger.xml"));
    entries.put("scores/berger.xml", SCORE);
    entries.put(
        "scores/other.xml",
        "<score-partwise><movement-title>Not this one</movement-title></score-partwise>");

    ExtractedWork work = extract(ZipFixture.write(folder.resolve("berger.mxl"), entries));

    assertThat(work.title()).isEqualTo("Le berger fidèle");
    assertThat(work.composers()).containsExactly("Louise Farrenc");
    assertThat(work.key()).isEqualTo("A major");
    assertThat(work.incipit()).hasToString("C#5:1/4 E5:1/2");
  }

  @Test
  void rejectsAContainerNamingAScoreThatIsNotThere() {
    Path mxl = mxl(ZipFixture.container("missing.xml"), "score.xml", SCORE);
    assertThatThrownBy(() -> extractor.extract(mxl, IngestLimits.DEFAULTS))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("META-INF/container.xml names a score that is not in the archive: missing.xml");
  }

  @Test
  void rejectsAScorePathThatLeavesTheArchive() {
    for (String path : new String[] {"../score.xml", "/score.xml", "scores/../../score.xml"}) {
      Path mxl = mxl(ZipFixture.container(path), "score.xml", SCORE);
      assertThatThrownBy(() -> extractor.extract(mxl, IngestLimits.DEFAULTS))
          .isInstanceOf(RejectedFileException.class)
          .hasMessage("the score's path in META-INF/container.xml leaves the archive: " + path);
    }
  }

  @Test
  void rejectsAnEntryNameThatLeavesTheArchive() {
    Path mxl = mxl(ZipFixture.container("score.xml"), "../../etc/cron.d/score", SCORE);
    assertThatThrownBy(() -> extractor.extract(mxl, IngestLimits.DEFAULTS))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("archive entry name leaves the archive: ../../etc/cron.d/score");
  }

  @Test
  void rejectsTwoEntriesWithTheSameName() {
    var entries = new LinkedHashMap<String, String>();
    entries.put("META-INF/container.xml", ZipFixture.container("score.xml"));
    entries.put("score.xml", SCORE);
    entries.put(
        "scorf.xml", "<score-partwise><movement-title>Impostor</movement-title></score-partwise>");
    Path mxl = ZipFixture.write(folder.resolve("twins.mxl"), entries);
    ZipFixture.rename(mxl, "scorf.xml", "score.xml");

    assertThatThrownBy(() -> extractor.extract(mxl, IngestLimits.DEFAULTS))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("archive holds two entries named score.xml");
  }

  @Test
  void rejectsTooManyEntriesBeforeInflatingAny() {
    var entries = new LinkedHashMap<String, String>();
    entries.put("META-INF/container.xml", ZipFixture.container("score.xml"));
    entries.put("score.xml", SCORE);
    for (int i = 0; i < 4; i++) {
      entries.put("images/page" + i + ".png", "not really an image");
    }
    var limits = new IngestLimits(1 << 20, 1 << 20, 1 << 20, 5, 100, 1000);
    Path mxl = ZipFixture.write(folder.resolve("crowded.mxl"), entries);

    assertThatThrownBy(() -> extractor.extract(mxl, limits))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("archive holds 6 entries, more than the 5 allowed");
  }

  @Test
  void rejectsAnEntryCompressedBeyondTheAllowedRatio() {
    Path mxl = mxl(ZipFixture.container("score.xml"), "score.xml", SCORE + " ".repeat(1_000_000));
    assertThatThrownBy(() -> extractor.extract(mxl, IngestLimits.DEFAULTS))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("archive entry score.xml is compressed ")
        .hasMessageEndingWith("to 1, beyond the 100 to 1 allowed (a zip bomb?)");
  }

  @Test
  void rejectsAnArchiveThatWouldExpandBeyondTheLimit() {
    var limits = new IngestLimits(1 << 20, 1 << 20, 1 << 20, 1000, 1000, 1000);
    Path mxl = mxl(ZipFixture.container("score.xml"), "score.xml", SCORE + " ".repeat(2 << 20));
    assertThatThrownBy(() -> extractor.extract(mxl, limits))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("archive expands beyond 1 MB");
  }

  @Test
  void rejectsAnEntryThatInflatesToMoreThanItsHeaderDeclares() {
    Path mxl = mxl(ZipFixture.container("score.xml"), "score.xml", SCORE + " ".repeat(10_000));
    ZipFixture.declareSize(mxl, "score.xml", 100);
    assertThatThrownBy(() -> extractor.extract(mxl, IngestLimits.DEFAULTS))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage(
            "archive entry score.xml inflates to more than the 100 bytes its header declares (a zip"
                + " bomb?)");
  }

  @Test
  void rejectsAFileThatIsNotAZip() throws IOException {
    Path notZip = Files.writeString(folder.resolve("score.mxl"), SCORE);
    assertThatThrownBy(() -> extractor.extract(notZip, IngestLimits.DEFAULTS))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("a damaged zip archive: ");
  }

  private ExtractedWork extract(Path mxl) {
    return extractor.extract(mxl, IngestLimits.DEFAULTS).getFirst();
  }

  private Path mxl(String container, String scorePath, String score) {
    var entries = new LinkedHashMap<String, String>();
    entries.put("META-INF/container.xml", container);
    entries.put(scorePath, score);
    return ZipFixture.write(folder.resolve("score.mxl"), entries);
  }
}
