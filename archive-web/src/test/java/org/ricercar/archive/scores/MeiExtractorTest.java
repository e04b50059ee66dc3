package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeiExtractorTest {

  private static final String WORK_LIST =
      """
      <workList>
        <work>
          <title>Abendlied</title>
          <key pname="e" accid="f" mode="major">Es-Dur</key>
          <meter count="3" unit="4"/>
          <incip><score><section><measure><staff n="1"><layer n="1">
            <note pname="c" oct="2" dur="1"/>
          </layer></staff></measure></section></score></incip>
          <perfMedium><perfResList><perfRes>Voice</perfRes><perfRes>Piano</perfRes></perfResList>
          </perfMedium>
        </work>
      </workList>
      """;

  /**
   * A song in E-flat: the voice's first layer has a leading measure rest, notes whose flats come
   * from the key, a written natural that holds to the barline, a grace note, a tie, a triplet, a
   * chord, an editorial apparatus and a supplied note; a second layer and the header's own incipit
   * must not leak in.
   */
  private static final String SONG =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <?xml-model href="https://music-encoding.org/schema/5.1/mei-all.rng" type="application/xml"?>
      <mei xmlns="http://www.music-encoding.org/ns/mei" meiversion="5.1">
        <meiHead>
          <fileDesc>
            <titleStmt>
              <title>Abendlied<titlePart type="subordinate">an electronic transcription</titlePart></title>
              <composer><persName role="creator">Louise Reichardt</persName></composer>
              <respStmt><persName role="encoder">A. Encoder</persName></respStmt>
            </titleStmt>
            <pubStmt/>
            <sourceDesc><source><bibl><identifier type="opusNumber">Op. 4</identifier></bibl></source>
            </sourceDesc>
          </fileDesc>
          WORK_LIST
        </meiHead>
        <music><body><mdiv><score>
          <scoreDef keysig="3f" key.mode="major" meter.count="3" meter.unit="4">
            <staffGrp>
              <staffDef n="1" lines="5"><label>Singstimme</label></staffDef>
              <staffGrp><label>Pianoforte</label><staffDef n="2"/><staffDef n="3"/></staffGrp>
            </staffGrp>
          </scoreDef>
          <section>
            <measure n="1">
              <staff n="1"><layer n="1"><mRest/></layer></staff>
              <staff n="2"><layer n="1">
                <chord dur="2" dots="1"><note pname="e" oct="4"/><note pname="g" oct="4"/></chord>
              </layer></staff>
              <staff n="3"><layer n="1"><note pname="e" oct="3" dur="2" dots="1"/></layer></staff>
            </measure>
            <measure n="2">
              <staff n="1"><layer n="1">
                <note pname="b" oct="4" dur="4">
                  <verse n="1"><syl>Der</syl></verse><verse n="2"><syl>Die</syl></verse></note>
                <beam>
                  <note pname="e" oct="5" dur="8"><verse n="1"><syl con="d">A</syl></verse></note>
                  <note pname="a" oct="4" dur="8" accid="n">
                    <verse n="1"><syl wordpos="t">bend</syl></verse></note>
                </beam>
                <note pname="a" oct="4" dur="8" grace="acc"/>
                <note pname="a" oct="4" dur="4" tie="i"/>
              </layer></staff>
            </measure>
            <measure n="3">
              <staff n="1">
                <layer n="1">
                  <note pname="a" oct="4" dur="8" tie="t" accid.ges="n"/>
                  <tuplet num="3" numbase="2">
                    <note pname="b" oct="4" dur="8"/><note pname="c" oct="5" dur="8"/>
                    <note pname="d" oct="5" dur="8"/>
                  </tuplet>
                  <rest dur="8"/>
                  <chord dur="4"><note pname="g" oct="4"/><note pname="e" oct="5"/></chord>
                </layer>
                <layer n="2"><note pname="c" oct="4" dur="2" dots="1"/></layer>
              </staff>
            </measure>
            <measure n="4">
              <staff n="1"><layer n="1">
                <app><lem><note pname="f" oct="5" dur="4"/></lem><rdg><note pname="g" oct="5" dur="4"/></rdg></app>
                <supplied reason="lacuna"><note pname="g" oct="5" dur="4"/></supplied>
                <note pname="a" oct="5" dur="4"/>
              </layer></staff>
              <staff n="3"><layer n="1"><note pname="e" oct="2" dur="2" dots="1"/></layer></staff>
            </measure>
          </section>
        </score></mdiv></body></music>
      </mei>
      """;

  @TempDir Path folder;

  private final MeiExtractor extractor = new MeiExtractor();

  @Test
  void readsTheHeaderAndTheFirstStaffsFirstLayer() throws IOException {
    ExtractedWork work = extract(SONG.replace("WORK_LIST", WORK_LIST));

    assertThat(work.title()).isEqualTo("Abendlied");
    assertThat(work.composers()).containsExactly("Louise Reichardt");
    assertThat(work.catalogueNumber()).isEqualTo("Op. 4");
    assertThat(work.key()).isEqualTo("E-flat major");
    assertThat(work.metre()).isEqualTo("3/4");
    assertThat(work.instruments()).containsExactly("Voice", "Piano");
    assertThat(work.lyricsIncipit()).isEqualTo("Der Abend");
    assertThat(work.movements()).isEmpty();
    assertThat(work.incipit())
        .hasToString(
            "Bb4:1/4 Eb5:1/8 A4:1/8 A4:3/8 Bb4:1/12 C5:1/12 D5:1/12 r:1/8 Eb5:1/4 F5:1/4 G5:1/4*"
                + " Ab5:1/4");
  }

  @Test
  void withoutAWorkListTakesKeyMetreAndInstrumentsFromTheScore() throws IOException {
    ExtractedWork work = extract(SONG.replace("WORK_LIST", ""));

    assertThat(work.key()).isEqualTo("E-flat major");
    assertThat(work.metre()).isEqualTo("3/4");
    assertThat(work.instruments())
        .as("a staff's own label, then its brace's label once for both piano staves")
        .containsExactly("Singstimme", "Pianoforte");
  }

  @Test
  void namesTheModeByTheFinalBassNoteWhenTheScoreGivesOnlyASignature() throws IOException {
    String withoutMode =
        SONG.replace("WORK_LIST", "").replace("keysig=\"3f\" key.mode=\"major\"", "keysig=\"3f\"");
    assertThat(extract(withoutMode).key()).isEqualTo("E-flat major");
    assertThat(extract(withoutMode.replace("pname=\"e\" oct=\"2\"", "pname=\"c\" oct=\"2\"")).key())
        .isEqualTo("C minor");
  }

  @Test
  void listsLabelledDivisionsAsMovementsAndReadsTheFirstScoreThatHasNotes() throws IOException {
    String opera =
        """
        <mei xmlns="http://www.music-encoding.org/ns/mei">
          <meiHead><fileDesc><titleStmt><title>Orfeo</title>
            <composer>Christoph Willibald Gluck</composer></titleStmt></fileDesc></meiHead>
          <music><body>
            <mdiv label="Overtura"><score><scoreDef><staffGrp><staffDef n="1"/></staffGrp></scoreDef>
              <section><!-- music goes here --></section></score></mdiv>
            <mdiv label="Che farò senza Euridice"><score>
              <scoreDef meter.count="4" meter.unit="4"><staffGrp>
                <staffDef n="1" label="Orfeo"/><staffDef n="2" label="Basso"/></staffGrp></scoreDef>
              <section><measure n="1">
                <staff n="1"><layer><rest dur="4"/><note pname="e" oct="4" dur="8"/>
                  <note pname="f" oct="4" dur="8"/><note pname="g" oct="4" dur="2"/></layer></staff>
                <staff n="2"><layer><note pname="c" oct="3" dur="1"/></layer></staff>
              </measure></section></score></mdiv>
          </body></music>
        </mei>
        """;
    ExtractedWork work = extract(opera);

    assertThat(work.movements()).containsExactly("Overtura", "Che farò senza Euridice");
    assertThat(work.composers()).containsExactly("Christoph Willibald Gluck");
    assertThat(work.instruments()).containsExactly("Orfeo", "Basso");
    assertThat(work.metre()).isEqualTo("4/4");
    assertThat(work.incipit()).hasToString("E4:1/8 F4:1/8 G4:1/2");
  }

  @Test
  void rejectsADocumentThatIsNotMei() {
    assertThatThrownBy(() -> extract("<mei><meiHead/></mei>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("not an MEI document: its root element is <mei>");
  }

  @Test
  void rejectsAnMeiDocumentWithoutMusic() {
    assertThatThrownBy(
            () -> extract("<mei xmlns=\"http://www.music-encoding.org/ns/mei\"><meiHead/></mei>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("an MEI document without <music>");
  }

  @Test
  void rejectsANoteWithAnImpossibleDuration() {
    assertThatThrownBy(
            () ->
                extract(
                    SONG.replace("WORK_LIST", "")
                        .replace("dur=\"8\" tie=\"t\"", "dur=\"7\" tie=\"t\"")))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("malformed MEI at line ")
        .hasMessageEndingWith("@dur should be a power of two, not 7");
  }

  private ExtractedWork extract(String xml) throws IOException {
    Path file = Files.writeString(folder.resolve("score.mei"), xml);
    return extractor.extract(file, IngestLimits.DEFAULTS).getFirst();
  }
}
