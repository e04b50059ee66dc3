package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.PlaineEasie;

class MarcXmlCorpusTest {

  private static final Pattern FIRST_MUSIC = Pattern.compile("<subfield code=\"p\">([^<]*)<");

  private final MarcXmlExtractor extractor = new MarcXmlExtractor();

  @Test
  void everyRecordIsAWorkWithItsComposerTitleSourceAndAllTheIncipitItsCodeHas() throws IOException {
    List<Map<String, String>> manifest =
        CorpusTable.rows("manifest.csv").stream()
            .filter(row -> row.get("format").equals("marcxml"))
            .toList();
    var mismatches = new ArrayList<String>();
    int long12 = 0;
    int shorter = 0;
    int manuscripts = 0;
    for (Map<String, String> row : manifest) {
      Path file = Corpus.root().resolve(row.get("path"));
      List<ExtractedWork> works = extractor.extract(file, IngestLimits.DEFAULTS);
      ExtractedWork work = works.getFirst();
      String expected = row.get("composer") + ": " + row.get("title");
      String actual = String.join("; ", work.composers()) + ": " + work.title();
      if (works.size() != 1 || !expected.equals(actual)) {
        mismatches.add(row.get("path") + " " + expected + " <> " + actual);
      }
      if (work.source() == null || work.source().institution() == null) {
        mismatches.add(row.get("path") + ": source " + work.source());
      } else if ("manuscript".equals(work.source().kind())) {
        manuscripts++;
      }
      int written = pitchedNotesOfFirstIncipit(file);
      if (work.incipit() == null) {
        mismatches.add(row.get("path") + ": no incipit");
      } else if (work.incipit().pitched().size() >= 12) {
        long12++;
      } else if (work.incipit().pitched().size() == written) {
        shorter++; // the code itself has fewer than 12 notes
      } else {
        mismatches.add(row.get("path") + ": incipit " + work.incipit());
      }
    }
    System.out.printf(
        "MARCXML corpus: %d records, %d incipits of 12+ notes, %d shorter because the code is,"
            + " %d manuscripts%n",
        manifest.size(), long12, shorter, manuscripts);
    assertThat(mismatches).isEmpty();
    assertThat(manifest).hasSize(50);
    assertThat(long12).isEqualTo(26);
    assertThat(shorter).isEqualTo(24);
  }

  @Test
  void readsRecordsAsWrittenByHand() {
    ExtractedWork lucchini = work("400006537");
    assertThat(lucchini)
        .isEqualTo(
            new ExtractedWork(
                "001:400006537",
                "Sonatas",
                List.of(),
                List.of("Lucchini"),
                Map.of(),
                null,
                "E-flat major",
                "2/4",
                List.of("Andante", "Allegro", "Menuetto."),
                List.of("vl 1", "vl 2"),
                null,
                Incipit.parse(
                    "Eb4:1/8 Eb4:1/6 Eb4:1/24 F4:1/24 G4:1/24 F4:1/24 Eb4:1/24 F4:1/8 F4:1/6"
                        + " F4:1/24 G4:1/24 Ab4:1/24 G4:1/24 F4:1/24 G4:1/8 Bb4:1/8 Eb5:1/24"
                        + " D5:1/24 C5:1/24 Bb4:1/24"),
                new ExtractedSource("manuscript", "CH-Bu", "kr IV 177 (Ms.166)", null)));

    ExtractedWork adam = work("403010012");
    assertThat(adam.incipit())
        .hasToString("C5:1/4 D5:1/4 E5:1/4 D5:1/8 C5:1/8 B4:1/2 C5:1/4 D5:1/2 C5:1/2");
    assertThat(adam.lyricsIncipit()).as("mojibake kept").isEqualTo("S√º√üer Minne holdes Gl√ºck");
    assertThat(adam.lifeDates()).containsEntry("Adam de la Halle", "13.2d");
    assertThat(adam.source()).isEqualTo(new ExtractedSource("print", "CH-E", "Mw 1333", null));

    ExtractedWork huber = work("400108605");
    assertThat(huber.incipit())
        .as("F clef, key with D flat, triplets without values, a repeated figure !…!f")
        .hasToString(
            "F2:1/16 r:1/16 F3:1/24 F3:1/24 F3:1/24 C3:1/8 r:1/8 r:1/4 F2:1/16 r:1/16 Db4:1/24"
                + " Db4:1/24 Db4:1/24 Db4:1/8 r:1/8 r:1/4 F2:1/16 r:1/16 F3:1/24 F3:1/24 F3:1/24"
                + " F3:1/8 r:1/8 r:1/4 F2:1/16 r:1/16 F3:1/24 F3:1/24 F3:1/24 F3:1/8");
    assertThat(huber.movements()).hasSize(20).startsWith("Ouverture. Grave");
    assertThat(work("401000347").catalogueNumber()).isEqualTo("WAD 11");
    assertThat(work("402001287").catalogueNumber()).isEqualTo("op.1");
    assertThat(work("403008580").key()).isEqualTo("tone 1");
  }

  private ExtractedWork work(String controlNumber) {
    Path file =
        Corpus.root().resolve("marcxml/rism-muscat-sample/records/" + controlNumber + ".xml");
    return extractor.extract(file, IngestLimits.DEFAULTS).getFirst();
  }

  private static int pitchedNotesOfFirstIncipit(Path file) throws IOException {
    var music = FIRST_MUSIC.matcher(Files.readString(file));
    if (!music.find()) {
      return 0;
    }
    return (int) PlaineEasie.read("", "", music.group(1)).stream().filter(n -> !n.isRest()).count();
  }
}
