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

class MarcXmlExtractorTest {

  private static final String COLLECTION =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">
        <marc:record>
          <marc:leader>00000ndd a2200000 u 4500</marc:leader>
          <marc:controlfield tag="001">990000001</marc:controlfield>
          <marc:datafield tag="031" ind1=" " ind2=" ">
            <marc:subfield code="a">1</marc:subfield>
            <marc:subfield code="b">1</marc:subfield>
            <marc:subfield code="d">Allegro</marc:subfield>
            <marc:subfield code="g">G-2</marc:subfield>
            <marc:subfield code="n">xF</marc:subfield>
            <marc:subfield code="o">c</marc:subfield>
            <marc:subfield code="p">'4GAB''C/D8DC'4BA/2G</marc:subfield>
            <marc:subfield code="t">Laudate pueri Dominum</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="031" ind1=" " ind2=" ">
            <marc:subfield code="a">1</marc:subfield>
            <marc:subfield code="b">2</marc:subfield>
            <marc:subfield code="d">Adagio</marc:subfield>
            <marc:subfield code="o">3/4</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="100" ind1="1" ind2=" ">
            <marc:subfield code="a">Fixture, Franziska</marc:subfield>
            <marc:subfield code="d">1750-1810</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="240" ind1="1" ind2="0">
            <marc:subfield code="a">Laudate pueri</marc:subfield>
            <marc:subfield code="m">S, strings</marc:subfield>
            <marc:subfield code="n">FF 12</marc:subfield>
            <marc:subfield code="r">G</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="245" ind1="1" ind2="0">
            <marc:subfield code="a">[caption title:] Laudate | a canto solo</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="260" ind1=" " ind2=" ">
            <marc:subfield code="c">1780 (ca.)</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="593" ind1=" " ind2=" ">
            <marc:subfield code="a">Autograph manuscript</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="594" ind1=" " ind2=" ">
            <marc:subfield code="a">S, vl 1, vl 2, b</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="852" ind1=" " ind2=" ">
            <marc:subfield code="a">D-Mbs</marc:subfield>
            <marc:subfield code="c">Mus.ms. 1</marc:subfield>
          </marc:datafield>
        </marc:record>
        <marc:record>
          <marc:leader>00000ncc a2200000 u 4500</marc:leader>
          <marc:datafield tag="031" ind1=" " ind2=" ">
            <marc:subfield code="p">'4C?D</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="100" ind1="1" ind2=" ">
            <marc:subfield code="a">Other, Otto</marc:subfield>
          </marc:datafield>
          <marc:datafield tag="245" ind1="1" ind2="0">
            <marc:subfield code="a">Sonate</marc:subfield>
          </marc:datafield>
        </marc:record>
      </marc:collection>
      """;

  @TempDir Path folder;

  private final MarcXmlExtractor extractor = new MarcXmlExtractor();

  @Test
  void readsEachRecordAsAWorkWithItsSourceAndIncipit() throws IOException {
    List<ExtractedWork> works = extract(COLLECTION);

    assertThat(works)
        .containsExactly(
            new ExtractedWork(
                "001:990000001",
                "Laudate pueri",
                List.of(),
                List.of("Fixture, Franziska"),
                Map.of("Fixture, Franziska", "1750-1810"),
                "FF 12",
                "G major",
                "C",
                List.of("Allegro", "Adagio"),
                List.of("S", "vl 1", "vl 2", "b"),
                "Laudate pueri Dominum",
                Incipit.parse(
                    "G4:1/4 A4:1/4 B4:1/4 C5:1/4 D5:1/4 D5:1/8 C5:1/8 B4:1/4 A4:1/4 G4:1/2"),
                new ExtractedSource("manuscript", "D-Mbs", "Mus.ms. 1", "1780 (ca.)")),
            new ExtractedWork(
                "record 2",
                "Sonate",
                List.of(),
                List.of("Other, Otto"),
                Map.of(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                new ExtractedSource("print", null, null, null)));
  }

  @Test
  void rejectsXmlWithoutRecordsAndMalformedXml() {
    assertThatThrownBy(() -> extract("<score-partwise><part-list/></score-partwise>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessage("no MARC record found: MARCXML holds <record> elements");
    assertThatThrownBy(() -> extract("<collection><record><leader>x</record>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("malformed XML at line 1");
  }

  private List<ExtractedWork> extract(String content) throws IOException {
    Path file = Files.writeString(folder.resolve("records.xml"), content);
    return extractor.extract(file, IngestLimits.DEFAULTS);
  }
}
