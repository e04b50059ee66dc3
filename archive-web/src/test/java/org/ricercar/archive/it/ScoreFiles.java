package org.ricercar.archive.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files for upload and import tests, written here rather than copied from anywhere. */
public final class ScoreFiles {

  /** A rights statement every test file may carry. */
  public static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";

  private ScoreFiles() {}

  /**
   * A one-part MusicXML song in 3/4, E-flat major, with a DOCTYPE naming the public DTD (which must
   * never be fetched) and an opening of 12 notes: G4 B-flat4 E-flat5 D5 C5 B-flat4 | A-flat4 G4 F4
   * E-flat4 F4 G4.
   */
  public static byte[] musicXml(String title, String composer) {
    String[] notes = {"G4", "Bb4", "Eb5", "D5", "C5", "Bb4", "Ab4", "G4", "F4", "Eb4", "F4", "G4"};
    var measures = new StringBuilder();
    for (int m = 0; m < 4; m++) {
      measures.append("<measure number=\"").append(m + 1).append("\">");
      if (m == 0) {
        measures.append(
            "<attributes><divisions>2</divisions><key><fifths>-3</fifths><mode>major</mode></key>"
                + "<time><beats>3</beats><beat-type>4</beat-type></time>"
                + "<clef><sign>G</sign><line>2</line></clef></attributes>");
      }
      for (int n = 0; n < 3; n++) {
        String pitch = notes[m * 3 + n];
        measures
            .append("<note><pitch><step>")
            .append(pitch.charAt(0))
            .append("</step>")
            .append(pitch.length() == 3 ? "<alter>-1</alter>" : "")
            .append("<octave>")
            .append(pitch.charAt(pitch.length() - 1))
            .append("</octave></pitch><duration>2</duration><voice>1</voice>")
            .append("<type>quarter</type></note>");
      }
      measures.append("</measure>");
    }
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE score-partwise PUBLIC \"-//Recordare//DTD MusicXML 4.0 Partwise//EN\""
            + " \"http://www.musicxml.org/dtds/partwise.dtd\">\n"
            + "<score-partwise version=\"4.0\"><work><work-title>"
            + title
            + "</work-title></work><identification><creator type=\"composer\">"
            + composer
            + "</creator></identification><part-list><score-part id=\"P1\"><part-name>Voice"
            + "</part-name></score-part></part-list><part id=\"P1\">"
            + measures
            + "</part></score-partwise>\n")
        .getBytes(UTF_8);
  }

  /** MusicXML whose DOCTYPE declares an external entity reaching for a local file. */
  public static byte[] musicXmlReachingFor(String path) {
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE score-partwise [<!ENTITY secret SYSTEM \"file://"
            + path
            + "\">]>\n<score-partwise version=\"4.0\"><work><work-title>&secret;</work-title>"
            + "</work><part-list/></score-partwise>\n")
        .getBytes(UTF_8);
  }

  /** An ABC tunebook of two tunes by a named composer, each with eight notes or more. */
  public static byte[] abcTunebook(String firstTitle, String secondTitle, String composer) {
    return ("X:1\nT:"
            + firstTitle
            + "\nC:"
            + composer
            + "\nM:6/8\nL:1/8\nK:D\n"
            + "A|dfa afd|gbg fed|cde efg|fdd d2:|\n\n"
            + "X:2\nT:"
            + secondTitle
            + "\nC:"
            + composer
            + "\nM:4/4\nL:1/8\nK:G\n"
            + "GABc dBGB|cABG FDEF|GABc dBGB|cAFD G4|\n")
        .getBytes(UTF_8);
  }

  /** One RISM-style MARCXML record: composer, title and a Plaine & Easie incipit. */
  public static byte[] marcRecord(String controlNumber, String title, String composer) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record>"
            + "<leader>00000ndd a2200000   4500</leader>"
            + "<controlfield tag=\"001\">"
            + controlNumber
            + "</controlfield>"
            + "<datafield tag=\"100\" ind1=\"1\" ind2=\" \"><subfield code=\"a\">"
            + composer
            + "</subfield></datafield>"
            + "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">"
            + title
            + "</subfield></datafield>"
            + "<datafield tag=\"031\" ind1=\" \" ind2=\" \"><subfield code=\"g\">G-2</subfield>"
            + "<subfield code=\"o\">3/4</subfield><subfield code=\"p\">'4CDE/FGA/BC</subfield>"
            + "</datafield></record></collection>\n")
        .getBytes(UTF_8);
  }

  /** A minimal PDF, different every time. */
  public static byte[] pdf() {
    return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(UTF_8);
  }

  /** A zip of the given paths and contents, in that order. */
  public static byte[] zip(Map<String, byte[]> entries) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
