package org.ricercar.archive.scores;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

  private static final Set<ScoreFormat> ENCODINGS =
      Set.of(
          ScoreFormat.MUSICXML,
          ScoreFormat.MXL,
          ScoreFormat.MEI,
          ScoreFormat.ABC,
          ScoreFormat.HUMDRUM,
          ScoreFormat.MARCXML);

  @TempDir Path folder;

  private final FormatDetector detector = new FormatDetector(IngestLimits.DEFAULTS);

  @Test
  void recognisesDocumentsImagesAndAudioByTheirMagicBytes() throws IOException {
    assertThat(detect(ascii("%PDF-1.7\n%âãÏÓ\n"))).isEqualTo(ScoreFormat.PDF);
    assertThat(detect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13)))
        .isEqualTo(ScoreFormat.PNG);
    assertThat(detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F')))
        .isEqualTo(ScoreFormat.JPEG);
    assertThat(detect(bytes('I', 'I', '*', 0, 8, 0, 0, 0))).isEqualTo(ScoreFormat.TIFF);
    assertThat(detect(bytes('M', 'M', 0, '*', 0, 0, 0, 8))).isEqualTo(ScoreFormat.TIFF);
    assertThat(detect(ascii("fLaC\0\0\0\"..."))).isEqualTo(ScoreFormat.FLAC);
    assertThat(detect(ascii("OggS\0\2\0\0"))).isEqualTo(ScoreFormat.OGG);
    assertThat(detect(ascii("RIFF\u0024\0\0\0WAVEfmt "))).isEqualTo(ScoreFormat.WAV);
    assertThat(detect(ascii("ID3\3\0\0\0\0\0\0"))).isEqualTo(ScoreFormat.MP3);
    assertThat(detect(bytes(0xFF, 0xFB, 0x90, 0x64, 0, 0)))
        .as("an MPEG-1 layer III frame header without an ID3 tag")
        .isEqualTo(ScoreFormat.MP3);
  }

  @Test
  void recognisesXmlByItsRootElementAndNamespace() throws IOException {
    assertThat(
            detect(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE score-partwise PUBLIC "-//Recordare//DTD MusicXML 4.0 Partwise//EN"
                  "http://www.musicxml.org/dtds/partwise.dtd">
                <score-partwise version="4.0"/>
                """))
        .isEqualTo(ScoreFormat.MUSICXML);
    assertThat(detect("<score-timewise/>")).isEqualTo(ScoreFormat.MUSICXML);
    assertThat(detect("\uFEFF<mei xmlns=\"http://www.music-encoding.org/ns/mei\"/>"))
        .isEqualTo(ScoreFormat.MEI);
    assertThat(
            detect("<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record/></collection>"))
        .isEqualTo(ScoreFormat.MARCXML);
    assertThat(detect("<marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"/>"))
        .isEqualTo(ScoreFormat.MARCXML);
  }

  @Test
  void recognisesAbcAndHumdrumByTheirHeaders() throws IOException {
    assertThat(detect("%abc-2.1\n\nX:1\nT:Whiskey Before Breakfast\nM:4/4\nK:D\nDE|F2AF\n"))
        .isEqualTo(ScoreFormat.ABC);
    assertThat(detect("\r\nX: 1\r\nT:Aunt Hessie's White Horse\r\nK:G\r\nGABc|\r\n"))
        .isEqualTo(ScoreFormat.ABC);
    assertThat(
            detect(
                "!!!COM: Joplin, Scott\n!!!OTL: Antoinette\n**kern\t**kern\t**dynam\n*-\t*-\t*-\n"))
        .isEqualTo(ScoreFormat.HUMDRUM);
  }

  @Test
  void recognisesACompressedScoreByItsContainerWhateverItIsCalled() throws IOException {
    Path mxl =
        ZipFixture.write(
            folder.resolve("song.musicxml"),
            Map.of(
                "META-INF/container.xml",
                ZipFixture.container("score.xml"),
                "score.xml",
                "<score-partwise/>"));
    assertThat(detector.detect(mxl, "song.musicxml")).isEqualTo(ScoreFormat.MXL);
  }

  @Test
  void rejectsAZipThatIsNotACompressedScore() {
    Path zip =
        ZipFixture.write(folder.resolve("song.musicxml"), Map.of("song.xml", "<score-partwise/>"));
    assertThatThrownBy(() -> detector.detect(zip, "song.musicxml"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage(
            "a zip archive that is not a compressed MusicXML file: \"song.musicxml\" has no"
                + " META-INF/container.xml");
  }

  @Test
  void rejectsAFormatNotAcceptedWhereTheFileWasSupplied() throws IOException {
    Path pdf = Files.write(folder.resolve("song.mei"), ascii("%PDF-1.4\n"));
    assertThat(detector.detect(pdf, "song.mei")).isEqualTo(ScoreFormat.PDF);
    assertThatThrownBy(() -> detector.detect(pdf, "song.mei", ENCODINGS))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("not accepted here: \"song.mei\" is a PDF document; expected")
        .hasMessageContaining("a MusicXML score")
        .hasMessageContaining("an MEI encoding");
  }

  @Test
  void rejectsWhatItDoesNotRecognise() {
    assertThatThrownBy(() -> detect(bytes(0, 1, 2, 3, 4, 5, 6, 7)))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("not a recognised format: \"upload\" is none of MusicXML");
    assertThatThrownBy(() -> detect("Dear librarian,\nplease find the score attached.\n"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("not a recognised format");
    assertThatThrownBy(() -> detect("<html><body>Song</body></html>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage(
            "not a recognised format: an XML document whose root element <html> is not MusicXML,"
                + " MEI or MARCXML");
    assertThatThrownBy(() -> detect("<mei/>"))
        .as("MEI is recognised by its namespace, not its name alone")
        .isInstanceOf(RejectedFileException.class)
        .hasMessageContaining("root element <mei>");
  }

  @Test
  void rejectsEmptyAndOversizedFiles() throws IOException {
    Path empty = Files.write(folder.resolve("empty.xml"), new byte[0]);
    assertThatThrownBy(() -> detector.detect(empty, "empty.xml"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("an empty file: \"empty.xml\"");

    var small = new IngestLimits(1 << 20, 1 << 20, 1 << 20, 10, 100, 100);
    Path large = Files.write(folder.resolve("large.pdf"), new byte[(1 << 20) + 1]);
    assertThatThrownBy(() -> new FormatDetector(small).detect(large, "large.pdf"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("\"large.pdf\" is larger than the 1 MB allowed");
  }

  @Test
  void rejectsXmlThatDeclaresAnExternalEntityBeforeLookingFurther() {
    assertThatThrownBy(
            () ->
                detect(
                    "<!DOCTYPE score-partwise [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                        + "<score-partwise><movement-title>&e;</movement-title></score-partwise>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("external entity not allowed");
  }

  private ScoreFormat detect(String text) throws IOException {
    return detect(text.getBytes(UTF_8));
  }

  private ScoreFormat detect(byte[] content) throws IOException {
    return detector.detect(Files.write(folder.resolve("upload"), content), "upload");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(ISO_8859_1);
  }

  private static byte[] bytes(int... values) {
    var bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
