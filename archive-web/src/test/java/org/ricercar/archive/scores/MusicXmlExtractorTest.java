package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MusicXmlExtractorTest {

  /**
   * A song: voice and piano, the voice's opening with a leading rest, a grace note, a chord, a tie
   * across the barline, a triplet, a second voice and two verses of lyrics.
   */
  private static final String SONG =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE score-partwise PUBLIC "-//Recordare//DTD MusicXML 4.0 Partwise//EN"
        "http://www.musicxml.org/dtds/partwise.dtd">
      <score-partwise version="4.0">
        <work><work-number>Op. 7 No. 2</work-number><work-title>Sechs Lieder</work-title></work>
        <movement-title>Wiegenlied</movement-title>
        <identification>
          <creator type="composer">Fanny Hensel</creator>
          <creator type="lyricist">Anonymous</creator>
        </identification>
        <part-list>
          <score-part id="P1"><part-name>Singstimme
            Voice</part-name></score-part>
          <score-part id="P2"><part-name>Piano</part-name></score-part>
        </part-list>
        <part id="P1">
          <measure number="1">
            <attributes>
              <divisions>6</divisions>
              <key><fifths>-3</fifths><mode>minor</mode></key>
              <time><beats>6</beats><beat-type>8</beat-type></time>
            </attributes>
            <note><rest/><duration>3</duration><voice>1</voice><type>eighth</type></note>
            <note><pitch><step>G</step><octave>4</octave></pitch><duration>3</duration>
              <voice>1</voice><type>eighth</type>
              <lyric number="1"><syllabic>single</syllabic><text>1. Schlaf,</text></lyric>
              <lyric number="2"><syllabic>single</syllabic><text>Dort</text></lyric></note>
            <note><grace/><pitch><step>D</step><octave>5</octave></pitch><voice>1</voice>
              <type>16th</type></note>
            <note><pitch><step>B</step><alter>-1</alter><octave>4</octave></pitch>
              <duration>3</duration><voice>1</voice><type>eighth</type>
              <lyric number="1"><syllabic>single</syllabic><text>mein</text></lyric></note>
            <note><chord/><pitch><step>E</step><alter>-1</alter><octave>5</octave></pitch>
              <duration>3</duration><voice>1</voice><type>eighth</type></note>
            <note><pitch><step>C</step><octave>5</octave></pitch><duration>9</duration>
              <tie type="start"/><voice>1</voice><type>quarter</type><dot/></note>
            <backup><duration>18</duration></backup>
            <note><pitch><step>A</step><octave>3</octave></pitch><duration>18</duration>
              <voice>2</voice><type>half</type><dot/></note>
          </measure>
          <measure number="2">
            <note><pitch><step>C</step><octave>5</octave></pitch><duration>6</duration>
              <tie type="stop"/><voice>1</voice><type>quarter</type></note>
            <note><pitch><step>D</step><octave>5</octave></pitch><duration>3</duration>
              <voice>1</voice><type>eighth</type>
              <lyric number="1"><syllabic>begin</syllabic><text>Kind</text></lyric></note>
            <note><pitch><step>F</step><octave>5</octave></pitch><duration>1</duration>
              <voice>1</voice><type>16th</type>
              <time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes>
              </time-modification>
              <lyric number="1"><syllabic>end</syllabic><text>lein,</text></lyric></note>
            <note><pitch><step>E</step><alter>-1</alter><octave>5</octave></pitch>
              <duration>1</duration><voice>1</voice><type>16th</type>
              <time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes>
              </time-modification></note>
            <note><pitch><step>D</step><octave>5</octave></pitch><duration>1</duration>
              <voice>1</voice><type>16th</type>
              <time-modification><actual-notes>3</actual-notes><normal-notes>2</normal-notes>
              </time-modification></note>
            <note><rest/><duration>3</duration><voice>1</voice><type>eighth</type></note>
            <note><pitch><step>C</step><octave>5</octave></pitch><duration>3</duration>
              <voice>1</voice><type>eighth</type>
              <lyric number="1"><syllabic>begin</syllabic><text>schla</text></lyric></note>
          </measure>
        </part>
        <part id="P2">
          <measure number="1">
            <attributes><divisions>6</divisions><key><fifths>-3</fifths><mode>minor</mode></key>
              <staves>2</staves></attributes>
            <note><pitch><step>C</step><octave>4</octave></pitch><duration>18</duration>
              <voice>1</voice><type>half</type><dot/><staff>1</staff></note>
            <backup><duration>18</duration></backup>
            <note><pitch><step>C</step><octave>3</octave></pitch><duration>18</duration>
              <voice>5</voice><type>half</type><dot/><staff>2</staff></note>
          </measure>
          <measure number="2">
            <note><rest measure="yes"/><duration>18</duration><voice>1</voice></note>
          </measure>
        </part>
      </score-partwise>
      """;

  @TempDir Path folder;

  private final MusicXmlExtractor extractor = new MusicXmlExtractor();

  @Test
  void readsASongsMetadataLyricsAndVoiceIncipit() throws IOException {
    ExtractedWork work = extract(SONG);

    assertThat(work.title()).isEqualTo("Wiegenlied");
    assertThat(work.composers()).containsExactly("Fanny Hensel");
    assertThat(work.catalogueNumber()).isEqualTo("Op. 7 No. 2");
    assertThat(work.key()).isEqualTo("C minor");
    assertThat(work.metre()).isEqualTo("6/8");
    assertThat(work.instruments()).containsExactly("Singstimme Voice", "Piano");
    assertThat(work.lyricsIncipit()).isEqualTo("Schlaf, mein Kindlein");
    assertThat(work.movements()).isEmpty();
    assertThat(work.locator()).isNull();
    assertThat(work.source()).isNull();
    assertThat(work.incipit())
        .hasToString("G4:1/8 Eb5:1/8 C5:5/8 D5:1/8 F5:1/24 Eb5:1/24 D5:1/24 r:1/8 C5:1/8");
  }

  @Test
  void namesTheModeByTheFinalBassNoteWhenTheFileGivesOnlyASignature() throws IOException {
    assertThat(extract(oneFlatEndingOn("D")).key()).isEqualTo("D minor");
    assertThat(extract(oneFlatEndingOn("F")).key()).isEqualTo("F major");
    assertThat(extract(oneFlatEndingOn("C")).key())
        .as("a piece ending on the dominant does not say its mode")
        .isNull();
  }

  @Test
  void writesTheCommonAndCutTimeSymbols() throws IOException {
    assertThat(
            extract(
                    score(
                        "<time symbol=\"common\"><beats>4</beats><beat-type>4</beat-type></time>",
                        ""))
                .metre())
        .isEqualTo("C");
    assertThat(
            extract(
                    score(
                        "<time symbol=\"cut\"><beats>2</beats><beat-type>2</beat-type></time>", ""))
                .metre())
        .isEqualTo("C|");
  }

  @Test
  void takesDurationsFromDivisionsWhenNotesHaveNoType() throws IOException {
    String notes =
        """
        <note><rest measure="yes"/><duration>12</duration><voice>1</voice><type>whole</type></note>
        </measure><measure number="2">
        <note><pitch><step>A</step><octave>4</octave></pitch><duration>6</duration><voice>1</voice></note>
        <note><pitch><step>B</step><octave>4</octave></pitch><duration>2</duration><voice>1</voice></note>
        <note><rest measure="yes"/><duration>12</duration><voice>1</voice><type>whole</type></note>
        <note><pitch><step>C</step><alter>1</alter><octave>5</octave></pitch><duration>4</duration><voice>1</voice></note>
        """;
    assertThat(extract(score("<divisions>4</divisions>", notes)).incipit())
        .as("a measure rest lasts its measure (3/4), whatever type it is given")
        .hasToString("A4:3/8 B4:1/8 r:3/4 C#5:1/4");
  }

  @Test
  void takesTheIncipitFromTheFirstPartThatIsNotPercussion() throws IOException {
    String xml =
        """
        <score-partwise>
          <movement-title>March</movement-title>
          <part-list>
            <score-part id="P1"><part-name>Drum</part-name></score-part>
            <score-part id="P2"><part-name>Flute</part-name></score-part>
          </part-list>
          <part id="P1"><measure number="1">
            <attributes><divisions>1</divisions><clef><sign>percussion</sign></clef></attributes>
            <note><unpitched><display-step>C</display-step><display-octave>5</display-octave></unpitched>
              <duration>1</duration><type>quarter</type></note>
            <note><pitch><step>E</step><octave>4</octave></pitch><duration>1</duration><type>quarter</type></note>
          </measure></part>
          <part id="P2"><measure number="1">
            <attributes><divisions>1</divisions></attributes>
            <note><pitch><step>G</step><octave>5</octave></pitch><duration>2</duration><type>half</type></note>
          </measure></part>
        </score-partwise>
        """;
    ExtractedWork work = extract(xml);
    assertThat(work.incipit()).hasToString("G5:1/2");
    assertThat(work.instruments()).containsExactly("Drum", "Flute");
  }

  @Test
  void readsATimewiseScore() throws IOException {
    String xml =
        """
        <score-timewise>
          <movement-title>Duet</movement-title>
          <part-list>
            <score-part id="P1"><part-name>Violin</part-name></score-part>
            <score-part id="P2"><part-name>Cello</part-name></score-part>
          </part-list>
          <measure number="1">
            <part id="P1">
              <attributes><divisions>2</divisions><key><fifths>2</fifths></key>
                <time><beats>2</beats><beat-type>4</beat-type></time></attributes>
              <note><pitch><step>F</step><alter>1</alter><octave>5</octave></pitch><duration>2</duration><type>quarter</type></note>
              <note><pitch><step>E</step><octave>5</octave></pitch><duration>2</duration><type>quarter</type></note>
            </part>
            <part id="P2">
              <attributes><divisions>2</divisions><key><fifths>2</fifths></key></attributes>
              <note><pitch><step>A</step><octave>2</octave></pitch><duration>4</duration><type>half</type></note>
            </part>
          </measure>
          <measure number="2">
            <part id="P1">
              <note><pitch><step>D</step><octave>5</octave></pitch><duration>4</duration><type>half</type></note>
            </part>
            <part id="P2">
              <note><pitch><step>D</step><octave>3</octave></pitch><duration>4</duration><type>half</type></note>
            </part>
          </measure>
        </score-timewise>
        """;
    ExtractedWork work = extract(xml);
    assertThat(work.incipit()).hasToString("F#5:1/4 E5:1/4 D5:1/2");
    assertThat(work.key()).isEqualTo("D major");
    assertThat(work.metre()).isEqualTo("2/4");
  }

  @Test
  void fallsBackToTheWorkTitleAndThenToTheTitleAndComposerCredits() throws IOException {
    assertThat(extract(SONG.replace("<movement-title>Wiegenlied</movement-title>", "")).title())
        .isEqualTo("Sechs Lieder");
    String credits =
        """
        <score-partwise>
          <credit page="1"><credit-type>title</credit-type><credit-words>Nocturne</credit-words></credit>
          <credit page="1"><credit-type>composer</credit-type><credit-words>Louise Farrenc</credit-words></credit>
          <part-list><score-part id="P1"><part-name>Piano</part-name></score-part></part-list>
          <part id="P1"><measure number="1"/></part>
        </score-partwise>
        """;
    ExtractedWork work = extract(credits);
    assertThat(work.title()).isEqualTo("Nocturne");
    assertThat(work.composers()).containsExactly("Louise Farrenc");
    assertThat(work.incipit()).isNull();
  }

  @Test
  void leavesOutAnOpusNumberThatIsATemplatePlaceholder() throws IOException {
    assertThat(extract(SONG.replace("Op. 7 No. 2", "{{Work Number}}")).catalogueNumber()).isNull();
  }

  @Test
  void rejectsANoteWhoseOctaveIsNotANumberAndSaysWhere() {
    assertThatThrownBy(
            () ->
                extract(
                    SONG.replace(
                        "<octave>5</octave></pitch><duration>9",
                        "<octave>high</octave></pitch><duration>9")))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("malformed MusicXML at line ")
        .hasMessageContaining("<octave> should be a whole number, not \"high\"");
  }

  @Test
  void rejectsADocumentThatIsNotAScore() {
    assertThatThrownBy(() -> extract("<opus><title>Collected songs</title></opus>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("not a MusicXML score: its root element is <opus>");
  }

  @Test
  void rejectsAScoreWithNeitherTitleNorNotes() {
    assertThatThrownBy(() -> extract("<score-partwise><part-list/></score-partwise>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("a MusicXML file with neither a title nor any notes");
  }

  private ExtractedWork extract(String xml) throws IOException {
    Path file = Files.writeString(folder.resolve("score.musicxml"), xml);
    return extractor.extract(file, IngestLimits.DEFAULTS).getFirst();
  }

  /** A one-part piece in one flat, without a mode, whose last measure ends on a bass note. */
  private static String oneFlatEndingOn(String finalStep) {
    return score(
        "<divisions>1</divisions><key><fifths>-1</fifths></key>",
        """
        <note><pitch><step>A</step><octave>4</octave></pitch><duration>3</duration><type>half</type><dot/></note>
        </measure><measure number="2">
        <note><pitch><step>%s</step><octave>3</octave></pitch><duration>3</duration><type>half</type><dot/></note>
        """
            .formatted(finalStep));
  }

  /** A one-part score titled "Piece" with these attributes and notes in its first measure. */
  private static String score(String attributes, String notes) {
    return """
        <score-partwise>
          <movement-title>Piece</movement-title>
          <part-list><score-part id="P1"><part-name>Flute</part-name></score-part></part-list>
          <part id="P1"><measure number="1">
            <attributes>%s</attributes>
            %s
          </measure></part>
        </score-partwise>
        """
        .formatted(attributes, notes);
  }
}
