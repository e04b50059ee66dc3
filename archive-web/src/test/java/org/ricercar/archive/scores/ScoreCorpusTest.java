package org.ricercar.archive.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every MusicXML and MEI file of the shared corpus of real scores (skipped when the corpus is
 * absent), read as an upload is read. Each either yields a work or is rejected with a reason; the
 * counts are printed. The spot-checked incipits were read by hand from the files.
 */
class ScoreCorpusTest {

  private static final Map<ScoreFormat, ScoreExtractor> EXTRACTORS =
      Map.of(ScoreFormat.MUSICXML, new MusicXmlExtractor(), ScoreFormat.MEI, new MeiExtractor());

  /** An incipit long enough to search by. */
  private static final int SEARCHABLE_NOTES = 12;

  private final FormatDetector detector = new FormatDetector(IngestLimits.DEFAULTS);

  /** What reading one corpus file gave: a work, or the reason it was rejected. */
  private record Outcome(Path file, ScoreFormat format, ExtractedWork work, String rejection) {

    boolean described() {
      return work != null && work.title() != null && !work.composers().isEmpty();
    }

    boolean searchable() {
      return work != null
          && work.incipit() != null
          && work.incipit().pitched().size() >= SEARCHABLE_NOTES;
    }

    boolean lyrics() {
      return work != null && work.lyricsIncipit() != null;
    }

    boolean key() {
      return work != null && work.key() != null;
    }
  }

  @Test
  void everyOpenScoreSongYieldsTitleComposerAndASearchableIncipit() {
    List<Outcome> outcomes = readAll(Corpus.files("musicxml", "musicxml"));
    report("MusicXML", outcomes);

    assertThat(outcomes).hasSize(150);
    assertThat(outcomes).allMatch(o -> o.format() == ScoreFormat.MUSICXML);
    assertThat(outcomes).filteredOn(o -> o.rejection() != null).isEmpty();
    assertThat(outcomes).allMatch(Outcome::described).allMatch(Outcome::searchable);
    assertThat(outcomes.stream().filter(Outcome::lyrics).count())
        .as("songs whose voice sings from the start; two piano pieces have no text")
        .isEqualTo(148);
    assertThat(outcomes.stream().filter(Outcome::key).count())
        .as("keys stated or shown by the final bass; the rest end off the tonic or modulate")
        .isEqualTo(124);
  }

  @Test
  void everyMeiSampleYieldsTitleComposerAndAnIncipit() {
    List<Outcome> outcomes = readAll(Corpus.files("mei", "mei"));
    report("MEI", outcomes);

    assertThat(outcomes).hasSize(40);
    assertThat(outcomes).allMatch(o -> o.format() == ScoreFormat.MEI);
    assertThat(outcomes).filteredOn(o -> o.rejection() != null).isEmpty();
    assertThat(outcomes).allMatch(Outcome::described);
    assertThat(outcomes)
        .filteredOn(o -> !o.searchable())
        .extracting(o -> o.file().getFileName().toString())
        .as("the symphony excerpt's first movement gives its first playing staff only 8 notes")
        .containsExactly("Tschaikovsky_Symphony_No5_Op64_mulitple_mdivs.mei");
  }

  @Test
  void readsAnArneSongsVoiceAsWritten() {
    ExtractedWork work = read("musicxml", "Arne,_Thomas/_/Celia’s_Complaint/lc8859729.musicxml");

    assertThat(work.title()).isEqualTo("Celia’s Complaint");
    assertThat(work.composers()).containsExactly("Thomas Arne");
    assertThat(work.metre()).isEqualTo("3/4");
    assertThat(work.key()).as("two flats, ending on G").isEqualTo("G minor");
    assertThat(work.lyricsIncipit()).isEqualTo("What sadness reigns over the Plain");
    assertThat(work.incipit())
        .as("the piano introduction's rests dropped, grace notes left out")
        .hasToString(
            "D5:1/4 Bb4:1/4 G4:1/4 D4:1/4 G4:3/8 Bb4:1/8 A4:1/8 D5:1/8 Bb4:1/2 Eb5:1/4 D5:3/8"
                + " F#4:1/8 G4:1/4 C5:3/8 D5:1/8 Bb4:1/4 A4:1/2 D5:1/4 Bb4:1/4 G4:1/4");
  }

  @Test
  void readsSchumannsVoiceAfterThePianoIntroduction() {
    ExtractedWork work = read("mei", "MEI_5.1/Music/Complete_examples/Schumann_Song_Op48_No1.mei");

    assertThat(work.title()).isEqualTo("Im wunderschönen Monat Mai");
    assertThat(work.composers()).containsExactly("Robert Schumann");
    assertThat(work.key()).isEqualTo("A major");
    assertThat(work.instruments()).containsExactly("Voice", "Piano");
    assertThat(work.incipit())
        .hasToString(
            "C#5:1/16 C#5:3/16 B4:1/16 B4:1/16 D5:1/16 F#4:1/16 G#4:1/16 A4:1/4 r:1/8 r:1/16"
                + " C#5:1/16 C#5:3/16 B4:1/16 B4:1/16 D5:1/16 F#4:1/16 G#4:1/16 A4:1/8 A4:1/8"
                + " r:1/8 r:1/16 A4:1/16 B4:3/16 B4:1/16");
  }

  @Test
  void readsSharpsThatOnlyTheKeySignatureWritesInHandel() {
    ExtractedWork work = read("mei", "MEI_5.1/Music/Complete_examples/Handel_Concerto_grosso.mei");

    assertThat(work.key()).isEqualTo("B minor");
    assertThat(work.incipit())
        .as("C# and F# from the signature, a written G# held to the barline, G natural after it")
        .hasToString(
            "C#5:1/4 B4:3/16 B4:1/16 B4:1/4 r:1/8 D5:1/8 C#5:1/8 A4:3/32 G#4:1/32 G#4:3/16"
                + " F#4:1/16 F#4:1/4 r:1/4 D#4:1/4 r:1/16 B4:1/16 F#5:3/32 A5:1/32 G5:3/32"
                + " F#5:1/32 E5:1/8 r:1/4 C#4:1/4 r:1/16 A4:1/16");
  }

  private List<Outcome> readAll(List<Path> files) {
    return files.stream().map(this::outcome).toList();
  }

  private Outcome outcome(Path file) {
    try {
      ScoreFormat format = detector.detect(file, file.getFileName().toString());
      ExtractedWork work = EXTRACTORS.get(format).extract(file, IngestLimits.DEFAULTS).getFirst();
      return new Outcome(file, format, work, null);
    } catch (RejectedFileException e) {
      return new Outcome(file, null, null, e.reason());
    }
  }

  /** One corpus file, from a format folder whose files are named with the same extension. */
  private ExtractedWork read(String folder, String path) {
    Path file =
        Corpus.files(folder, folder).stream()
            .filter(candidate -> candidate.toString().endsWith(path))
            .findFirst()
            .orElseThrow(() -> new AssertionError(path + " is not in the corpus"));
    Outcome outcome = outcome(file);
    assertThat(outcome.rejection()).as("rejection of " + path).isNull();
    return outcome.work();
  }

  private static void report(String format, List<Outcome> outcomes) {
    System.out.printf(
        "%s corpus: %d files, %d read, %d rejected; %d with title and composer, %d with an incipit"
            + " of %d+ notes, %d with lyrics, %d with a key%n",
        format,
        outcomes.size(),
        outcomes.stream().filter(o -> o.work() != null).count(),
        outcomes.stream().filter(o -> o.rejection() != null).count(),
        outcomes.stream().filter(Outcome::described).count(),
        outcomes.stream().filter(Outcome::searchable).count(),
        SEARCHABLE_NOTES,
        outcomes.stream().filter(Outcome::lyrics).count(),
        outcomes.stream().filter(Outcome::key).count());
    outcomes.stream()
        .filter(o -> o.rejection() != null)
        .forEach(o -> System.out.println("  rejected " + o.file() + ": " + o.rejection()));
  }
}
