package org.ricercar.archive.scores;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hurt the archive, read the way an upload is: the format recognised by content, then
 * extracted. Each is rejected with a reason a librarian can act on, within a second and without a
 * large allocation, and never leaks what it reached for.
 */
class HostileFilesTest {

  /** What a rejection may cost; an unguarded bomb costs gigabytes or minutes. */
  private static final Duration TIME_LIMIT = Duration.ofSeconds(1);

  private static final long ALLOCATION_LIMIT = 16L << 20;

  private static final Set<ScoreFormat> NOTATION =
      Set.of(ScoreFormat.MUSICXML, ScoreFormat.MXL, ScoreFormat.MEI);

  private static final Map<ScoreFormat, ScoreExtractor> EXTRACTORS =
      Map.of(
          ScoreFormat.MUSICXML, new MusicXmlExtractor(),
          ScoreFormat.MXL, new MxlExtractor(),
          ScoreFormat.MEI, new MeiExtractor());

  private static final String SECRET = "ricercar-secret-7f3a9c";

  @TempDir static Path shared;

  private static Path secretFile;
  private static Path gigabyteOfSpaces;

  @TempDir Path folder;

  @BeforeAll
  static void prepare() throws IOException {
    secretFile = Files.writeString(shared.resolve("secret.txt"), SECRET);
    gigabyteOfSpaces = shared.resolve("bomb.mxl");
    try (var zip = new ZipOutputStream(Files.newOutputStream(gigabyteOfSpaces))) {
      zip.setLevel(1);
      zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
      zip.write(ZipFixture.container("score.xml").getBytes(UTF_8));
      zip.putNextEntry(new ZipEntry("score.xml"));
      zip.write("<?xml version=\"1.0\"?><score-partwise><!--".getBytes(UTF_8));
      var spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 1024; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    // One harmless file through each path first, so that class loading is not counted below.
    Path benign =
        Files.writeString(
            shared.resolve("benign.musicxml"),
            "<score-partwise><movement-title>Warm-up</movement-title></score-partwise>");
    read(benign, "benign.musicxml");
    read(
        ZipFixture.write(
            shared.resolve("benign.mxl"),
            Map.of(
                "META-INF/container.xml",
                ZipFixture.container("score.xml"),
                "score.xml",
                "<score-partwise><movement-title>Warm-up</movement-title></score-partwise>")),
        "benign.mxl");
  }

  @Test
  void anExternalEntityReachingForALocalFileIsRejectedWithoutReadingIt() throws IOException {
    Path musicXml =
        write(
            "song.musicxml",
            """
            <?xml version="1.0"?>
            <!DOCTYPE score-partwise [<!ENTITY secret SYSTEM "%s">]>
            <score-partwise><movement-title>&secret;</movement-title></score-partwise>
            """
                .formatted(secretFile.toUri()));
    Path mei =
        write(
            "song.mei",
            """
            <!DOCTYPE mei [<!ENTITY secret SYSTEM "%s">]>
            <mei xmlns="http://www.music-encoding.org/ns/mei"><meiHead><fileDesc><titleStmt>
              <title>&secret;</title></titleStmt></fileDesc></meiHead><music/></mei>
            """
                .formatted(secretFile.toUri()));
    Path parameterEntity =
        write(
            "song2.musicxml",
            """
            <!DOCTYPE score-partwise [<!ENTITY %% secret SYSTEM "%s"> %%secret;]>
            <score-partwise/>
            """
                .formatted(secretFile.toUri()));

    for (Path file : List.of(musicXml, mei, parameterEntity)) {
      assertThat(rejectionOf(file))
          .startsWith("external entity not allowed")
          .doesNotContain(SECRET);
    }
  }

  @Test
  void anXIncludeIsNeverFollowed() throws IOException {
    Path file =
        write(
            "song.musicxml",
            """
            <score-partwise xmlns:xi="http://www.w3.org/2001/XInclude">
              <movement-title>Included?</movement-title>
              <xi:include href="%s" parse="text"/>
              <part-list><score-part id="P1"><part-name>Voice</part-name></score-part></part-list>
            </score-partwise>
            """
                .formatted(secretFile.toUri()));

    List<ExtractedWork> works = read(file, "song.musicxml");

    assertThat(works).singleElement().extracting(ExtractedWork::title).isEqualTo("Included?");
    assertThat(works.toString()).doesNotContain(SECRET);
  }

  @Test
  void anEntityExpansionBombIsRejected() throws IOException {
    var billionLaughs = new StringBuilder("<!DOCTYPE score-partwise [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      billionLaughs.append("<!ENTITY lol").append(i).append(" \"");
      billionLaughs.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    billionLaughs.append(
        "]><score-partwise><movement-title>&lol9;</movement-title></score-partwise>");
    String quadratic =
        "<!DOCTYPE score-partwise [<!ENTITY big \"%s\">]><score-partwise><movement-title>%s"
                .formatted("x".repeat(9_000), "&big;".repeat(20_000))
            + "</movement-title></score-partwise>";

    assertThat(rejectionOf(write("laughs.musicxml", billionLaughs.toString())))
        .isEqualTo("too many entity expansions (an entity-expansion bomb)");
    assertThat(rejectionOf(write("quadratic.musicxml", quadratic)))
        .isEqualTo("too many entity expansions (an entity-expansion bomb)");
  }

  @Test
  void aZipBombIsRejectedBeforeItIsInflated() {
    assertThat(rejectionOf(gigabyteOfSpaces)).isEqualTo("archive expands beyond 50 MB");
  }

  @Test
  void aZipBombWhoseHeaderLiesIsStoppedWhileInflating() throws IOException {
    Path lying = Files.copy(gigabyteOfSpaces, folder.resolve("lying.mxl"));
    ZipFixture.declareSize(lying, "score.xml", 40_000);

    assertThat(rejectionOf(lying))
        .isEqualTo(
            "archive entry score.xml inflates to more than the 40000 bytes its header declares (a"
                + " zip bomb?)");
  }

  @Test
  void aScorePathEscapingTheArchiveIsRejected() {
    var entries = new LinkedHashMap<String, String>();
    entries.put("META-INF/container.xml", ZipFixture.container("../../../etc/passwd"));
    entries.put("score.xml", "<score-partwise/>");
    Path slip = ZipFixture.write(folder.resolve("slip.mxl"), entries);

    assertThat(rejectionOf(slip))
        .isEqualTo(
            "the score's path in META-INF/container.xml leaves the archive: ../../../etc/passwd");
  }

  @Test
  void truncatedXmlIsRejectedWithItsPosition() throws IOException {
    Path truncated =
        write(
            "cut.musicxml",
            "<score-partwise><movement-title>Cut short</movement-title><part id=\"P1\"><measure>");

    assertThat(rejectionOf(truncated)).startsWith("malformed XML at line 1");
  }

  @Test
  void deeplyNestedXmlIsRejected() throws IOException {
    Path deep =
        write(
            "deep.mei",
            "<mei xmlns=\"http://www.music-encoding.org/ns/mei\">"
                + "<music>"
                + "<section>".repeat(5_000)
                + "</section>".repeat(5_000)
                + "</music></mei>");

    assertThat(rejectionOf(deep)).startsWith("malformed XML").contains("depth");
  }

  @Test
  void aZipRenamedMusicXmlIsFoundOut() {
    Path renamed =
        ZipFixture.write(folder.resolve("song.musicxml"), Map.of("song.xml", "<score-partwise/>"));

    assertThat(rejectionOf(renamed))
        .isEqualTo(
            "a zip archive that is not a compressed MusicXML file: \"song.musicxml\" has no"
                + " META-INF/container.xml");
  }

  @Test
  void aPdfRenamedMeiIsFoundOut() throws IOException {
    Path renamed = Files.write(folder.resolve("song.mei"), "%PDF-1.7\n1 0 obj\n".getBytes(UTF_8));

    assertThat(rejectionOf(renamed))
        .startsWith("not accepted here: \"song.mei\" is a PDF document; expected");
  }

  /** The reason the file is rejected, checking the rejection was quick and cheap. */
  private static String rejectionOf(Path file) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    RejectedFileException rejection =
        catchThrowableOfType(
            RejectedFileException.class, () -> read(file, file.getFileName().toString()));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;

    assertThat(rejection).as("%s is rejected", file.getFileName()).isNotNull();
    assertThat(took).as("time to reject %s", file.getFileName()).isLessThan(TIME_LIMIT);
    assertThat(allocated)
        .as("bytes allocated to reject %s", file.getFileName())
        .isLessThan(ALLOCATION_LIMIT);
    return rejection.reason();
  }

  /** Reads a file as an upload of a score encoding is read: recognised, then extracted. */
  private static List<ExtractedWork> read(Path file, String filename) {
    ScoreFormat format = new FormatDetector(IngestLimits.DEFAULTS).detect(file, filename, NOTATION);
    return EXTRACTORS.get(format).extract(file, IngestLimits.DEFAULTS);
  }

  private Path write(String filename, String content) throws IOException {
    return Files.writeString(folder.resolve(filename), content);
  }
}
