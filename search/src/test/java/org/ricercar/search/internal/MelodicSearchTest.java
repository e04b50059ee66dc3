package org.ricercar.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ricercar.search.MelodicHit;
import org.ricercar.search.MelodicMatch;
import org.ricercar.search.MelodicQuery;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.MelodyInput;
import org.ricercar.search.melody.MelodyNotation;

class MelodicSearchTest {

  /** Bach, Invention 1 in C major, BWV 772. */
  private static final String INVENTION =
      "r:1/16 C4:1/16 D4:1/16 E4:1/16 F4:1/16 D4:1/16 E4:1/16 C4:1/16 G4:1/8 C5:1/8 B4:1/8 C5:1/8";

  /** Mozart, "Ah vous dirai-je, maman", K. 265. */
  private static final String TWINKLE =
      "C4:1/4 C4:1/4 G4:1/4 G4:1/4 A4:1/4 A4:1/4 G4:1/2 F4:1/4 F4:1/4 E4:1/4 E4:1/4";

  /** Beethoven, Symphony No. 5: the motto twice, with its rests. */
  private static final String FIFTH =
      "r:1/8 G4:1/8 G4:1/8 G4:1/8 Eb4:1/2 r:1/8 F4:1/8 F4:1/8 F4:1/8 D4:1/2";

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private IndexWriter writer;
  private DirectoryReader reader;

  @AfterEach
  void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }

  @Test
  void findsTheWorkInAnyTransposition() throws IOException {
    index("invention", INVENTION, "twinkle", TWINKLE, "fifth", FIFTH);

    for (int semitones = -6; semitones <= 6; semitones++) {
      List<MelodicHit> hits = search(transposed("c d e f d e c g4", semitones), MelodicMatch.EXACT);

      assertThat(hits.getFirst().id()).as("transposed by %d", semitones).isEqualTo("invention");
      assertThat(hits.getFirst().score()).isEqualTo(1.0);
    }
  }

  @Test
  void findsAQueryStartingInTheMiddleAndMarksTheMatchedNotesRestsIncluded() throws IOException {
    index("invention", INVENTION, "twinkle", TWINKLE, "fifth", FIFTH);

    MelodicHit invention = search("f d e c g4 c", MelodicMatch.EXACT).getFirst();
    MelodicHit fifth = search("g g eb f f f d", MelodicMatch.EXACT).getFirst();

    assertThat(invention.id()).isEqualTo("invention");
    assertThat(invention.incipit()).isEqualTo(INVENTION);
    assertThat(invention.score()).isEqualTo(1.0);
    assertThat(invention.matchStart()).isEqualTo(4);
    assertThat(invention.matchEnd()).isEqualTo(10);
    assertThat(fifth.id()).isEqualTo("fifth");
    assertThat(fifth.score()).isEqualTo(1.0);
    assertThat(fifth.matchStart()).isEqualTo(2);
    assertThat(fifth.matchEnd()).isEqualTo(10);
  }

  @Test
  void contourMatchesTheShapeWhateverTheIntervalSizes() throws IOException {
    index("invention", INVENTION, "twinkle", TWINKLE, "fifth", FIFTH);
    String wider = "c e g a f a e b4";

    assertThat(search(wider, MelodicMatch.CONTOUR).getFirst())
        .extracting(MelodicHit::id, MelodicHit::score)
        .containsExactly("invention", 1.0);
    assertThat(search(wider, MelodicMatch.EXACT))
        .allSatisfy(hit -> assertThat(hit.score()).isLessThan(0.5));
  }

  @Test
  void rhythmTellsApartTheSamePitchesInAnotherRhythm() throws IOException {
    index(
        "even", "C4:1/4 D4:1/4 E4:1/4 F4:1/4 G4:1/4 A4:1/4",
        "dotted", "C4:3/8 D4:1/8 E4:3/8 F4:1/8 G4:3/8 A4:1/8");

    List<MelodicHit> exact = search("c:3/16 d:1/16 e:3/16 f:1/16 g:3/16", MelodicMatch.EXACT);
    List<MelodicHit> rhythm = search("c:3/16 d:1/16 e:3/16 f:1/16 g:3/16", MelodicMatch.RHYTHM);

    assertThat(exact).extracting(MelodicHit::score).containsExactly(1.0, 1.0);
    assertThat(rhythm)
        .extracting(MelodicHit::id, MelodicHit::score)
        .containsExactly(tuple("dotted", 1.0));
  }

  @Test
  void aWrongNoteStillRanksTheWorkFirstAmongSimilarMelodies() throws IOException {
    var random = new Random(7);
    for (int i = 0; i < 300; i++) {
      add("distractor " + i, randomWalk(random, 16));
    }
    add("source", Incipit.parse(TWINKLE));
    commit();

    // Twinkle from its second note, a fourth lower, its fifth note a tone too high.
    List<MelodicHit> hits = search("g3 d4 d4 e4 f#4 d4 c4 c4", MelodicMatch.EXACT);

    assertThat(hits.getFirst().id()).isEqualTo("source");
    assertThat(hits.getFirst().score()).isEqualTo(6 / 7.0);
    assertThat(hits.get(1).score()).isLessThan(hits.getFirst().score());
  }

  @Test
  void aNoteTooManyOrTooFewCostsAsMuchAsAWrongOne() throws IOException {
    index("twinkle", TWINKLE, "invention", INVENTION);

    assertThat(search("c4 c4 g4 g4 a4 b4 a4 g4", MelodicMatch.EXACT).getFirst())
        .extracting(MelodicHit::id, MelodicHit::score)
        .containsExactly("twinkle", 6 / 7.0);
    assertThat(search("c4 c4 g4 a4 a4 g4 f4", MelodicMatch.EXACT).getFirst())
        .extracting(MelodicHit::id, MelodicHit::score)
        .containsExactly("twinkle", 5 / 6.0);
  }

  @Test
  void verbatimOnlyLeavesOutMatchesThatNeedSuppliedNotes() throws IOException {
    index(
        "restored", "C4:1/4 D4:1/4 E4:1/4* F4:1/4 G4:1/4 A4:1/4",
        "source", "G4:1/4 F4:1/4 C4:1/4 D4:1/4 E4:1/4 F4:1/4 G4:1/4 C4:1/4");
    String query = "d e f g";

    List<MelodicHit> all = search(query, MelodicMatch.EXACT, false);
    List<MelodicHit> verbatim = search(query, MelodicMatch.EXACT, true);

    assertThat(all)
        .extracting(MelodicHit::id, MelodicHit::score, MelodicHit::dependsOnSupplied)
        .containsExactly(tuple("restored", 1.0, true), tuple("source", 1.0, false));
    assertThat(verbatim.getFirst())
        .extracting(MelodicHit::id, MelodicHit::score, MelodicHit::dependsOnSupplied)
        .containsExactly("source", 1.0, false);
    assertThat(verbatim).noneMatch(hit -> hit.id().equals("restored") && hit.score() > 0.4);
  }

  @Test
  void aLongQueryInEveryModeStaysWithinLucenesClauseLimit() throws IOException {
    var random = new Random(3);
    Incipit long40 = randomWalk(random, 40);
    add("long", long40);
    commit();

    for (MelodicMatch match : MelodicMatch.values()) {
      var hits =
          MelodicSearch.search(
              new IndexSearcher(reader), new MelodicQuery(long40, match, false, 10));
      assertThat(hits.getFirst().score()).isEqualTo(1.0);
    }
  }

  private void index(String... idsAndIncipits) throws IOException {
    for (int i = 0; i < idsAndIncipits.length; i += 2) {
      add(idsAndIncipits[i], Incipit.parse(idsAndIncipits[i + 1]));
    }
    commit();
  }

  private void add(String id, Incipit incipit) throws IOException {
    if (writer == null) {
      writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
    }
    var doc = new Document();
    doc.add(new StringField(WorkFields.ID, id, Field.Store.YES));
    MelodyFields.addTo(doc, incipit);
    writer.addDocument(doc);
  }

  private void commit() throws IOException {
    writer.commit();
    reader = DirectoryReader.open(directory);
  }

  private List<MelodicHit> search(String noteNames, MelodicMatch match) throws IOException {
    return search(noteNames, match, false);
  }

  private List<MelodicHit> search(String noteNames, MelodicMatch match, boolean verbatimOnly)
      throws IOException {
    return search(MelodyInput.parse(noteNames, MelodyNotation.NOTE_NAMES), match, verbatimOnly);
  }

  private List<MelodicHit> search(Incipit melody, MelodicMatch match) throws IOException {
    return search(melody, match, false);
  }

  private List<MelodicHit> search(Incipit melody, MelodicMatch match, boolean verbatimOnly)
      throws IOException {
    return MelodicSearch.search(
        new IndexSearcher(reader), new MelodicQuery(melody, match, verbatimOnly, 10));
  }

  private static Incipit transposed(String noteNames, int semitones) {
    String shifted =
        MelodyInput.parse(noteNames, MelodyNotation.NOTE_NAMES).notes().stream()
            .map(note -> sharpSpelling(note.pitch().midi() + semitones) + ":1/4")
            .reduce((a, b) -> a + " " + b)
            .orElseThrow();
    return Incipit.parse(shifted);
  }

  private static String sharpSpelling(int midi) {
    String[] names = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    return names[midi % 12] + (midi / 12 - 1);
  }

  /** A melody of mostly steps, like the music around it. */
  private static Incipit randomWalk(Random random, int notes) {
    var text = new StringBuilder();
    int midi = 60 + random.nextInt(12);
    for (int i = 0; i < notes; i++) {
      text.append(sharpSpelling(midi)).append(random.nextBoolean() ? ":1/8 " : ":1/4 ");
      midi += random.nextInt(5) - 2 + (random.nextInt(6) == 0 ? random.nextInt(9) - 4 : 0);
      midi = Math.max(48, Math.min(84, midi));
    }
    return Incipit.parse(text.toString());
  }
}
