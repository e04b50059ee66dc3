package org.ricercar.archive.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, realistic-looking catalogue straight into a database the application has
 * migrated, from a seed, for search benchmarks and rebuild tests: composers with diacritics, works
 * with genres, keys, dates, instrumentation and incipits (a melodic random walk, mostly stepwise,
 * in common rhythms). The records bypass the API and the ledger, so only a full rebuild of the
 * search index sees them.
 */
public final class SyntheticCatalogue {

  /** Ids far above what the application's sequences hand out in a test. */
  public static final long FIRST_ID = 50_000_000L;

  static final List<String> GIVEN =
      List.of(
          "Antonín",
          "Louise",
          "Fanny",
          "Clara",
          "Josephine",
          "Corona",
          "Lili",
          "Amy",
          "Ethel",
          "Zdeněk",
          "Mélanie",
          "Agathe",
          "Johann",
          "Carl",
          "Gustav",
          "Émile",
          "Jan",
          "Maria",
          "Leopold",
          "Franziska",
          "Ignacy",
          "Bedřich",
          "Wilhelmine",
          "Sophie");
  static final List<String> FAMILY =
      List.of(
          "Dvořák",
          "Farrenc",
          "Hensel",
          "Schumann",
          "Lang",
          "Schröter",
          "Boulanger",
          "Beach",
          "Smyth",
          "Fibich",
          "Bonis",
          "Backer-Grøndahl",
          "Stamitz",
          "Müller",
          "Jaëll",
          "Zelenka",
          "Szymanowska",
          "Hoffmeister",
          "Koželuch",
          "Lebrun",
          "Martines",
          "Kinkel",
          "Mahler",
          "Reichardt",
          "Wieck",
          "Lombardini",
          "Chaminade",
          "Grandval",
          "Hummel",
          "Vořišek");
  static final List<String> GENRES =
      List.of(
          "Sonata",
          "Nocturne",
          "Lied",
          "Mass",
          "Quartet",
          "Trio",
          "Serenade",
          "Fantasia",
          "Variations",
          "Motet",
          "Symphony",
          "Concerto",
          "Étude",
          "Mazurka",
          "Romance",
          "Cantata");
  static final List<String> KEYS =
      List.of(
          "C major",
          "G major",
          "D major",
          "A major",
          "F major",
          "B-flat major",
          "E-flat major",
          "A minor",
          "E minor",
          "D minor",
          "G minor",
          "C minor",
          "F-sharp minor",
          "B minor");
  static final List<List<String>> ENSEMBLES =
      List.of(
          List.of("piano"),
          List.of("voice", "piano"),
          List.of("violin", "piano"),
          List.of("violin", "viola", "cello"),
          List.of("violin", "violin", "viola", "cello"),
          List.of("flute", "piano"),
          List.of("soprano", "alto", "tenor", "bass"),
          List.of("orchestra"),
          List.of("organ"),
          List.of("harp"));
  static final List<String> PERIODS = List.of("BAROQUE", "CLASSICAL", "ROMANTIC", "MODERN");
  private static final String[] STEPS = {"C", "D", "E", "F", "G", "A", "B"};
  private static final String[] RHYTHMS = {"1/4", "1/8", "1/8", "1/4", "3/8", "1/16", "1/2"};

  private final Random random;
  private final int composers;

  public SyntheticCatalogue(long seed, int composers) {
    this.random = new Random(seed);
    this.composers = composers;
  }

  /** Inserts the composers and {@code works} works, committing every 1,000 rows. */
  public void insert(Connection connection, int works) throws SQLException {
    connection.setAutoCommit(false);
    Timestamp now = Timestamp.from(Instant.now());
    try (var person =
        connection.prepareStatement(
            "INSERT INTO person (id, version, revision, name, sort_key, created_at, updated_at)"
                + " VALUES (?, 0, 1, ?, ?, ?, ?)")) {
      for (int i = 0; i < composers; i++) {
        String given = GIVEN.get(i % GIVEN.size());
        String family = FAMILY.get((i / GIVEN.size()) % FAMILY.size());
        String name =
            given + " " + family + (i >= GIVEN.size() * FAMILY.size() ? " " + (i + 1) : "");
        person.setLong(1, FIRST_ID + i);
        person.setString(2, name);
        person.setString(3, name.toLowerCase());
        person.setTimestamp(4, now);
        person.setTimestamp(5, now);
        person.addBatch();
      }
      person.executeBatch();
    }
    try (var work =
            connection.prepareStatement(
                "INSERT INTO work (id, version, revision, title, sort_key, catalogue_number, genre,"
                    + " musical_key, date_text, year_from, year_to, period, notes, incipit,"
                    + " created_at, updated_at) VALUES (?, 0, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        var composer =
            connection.prepareStatement(
                "INSERT INTO work_composer (work_id, position, person_id) VALUES (?, 0, ?)");
        var instrument =
            connection.prepareStatement(
                "INSERT INTO work_instrument (work_id, position, instrument) VALUES (?, ?, ?)")) {
      for (int i = 0; i < works; i++) {
        long id = FIRST_ID + i;
        String genre = pick(GENRES);
        String key = pick(KEYS);
        int year = 1600 + random.nextInt(350);
        String title = genre + " in " + key + " No. " + (1 + random.nextInt(40));
        work.setLong(1, id);
        work.setString(2, title);
        work.setString(3, title.toLowerCase());
        work.setString(4, "Op. " + (1 + random.nextInt(120)));
        work.setString(5, genre);
        work.setString(6, key);
        work.setString(7, Integer.toString(year));
        work.setInt(8, year);
        work.setInt(9, year);
        work.setString(10, PERIODS.get(Math.min(3, (year - 1600) / 90)));
        work.setString(11, "Manuscript copy; " + pick(FAMILY) + " collection.");
        work.setString(12, incipit());
        work.setTimestamp(13, now);
        work.setTimestamp(14, now);
        work.addBatch();
        composer.setLong(1, id);
        composer.setLong(2, FIRST_ID + skewed(composers));
        composer.addBatch();
        List<String> ensemble = pick(ENSEMBLES);
        for (int p = 0; p < ensemble.size(); p++) {
          instrument.setLong(1, id);
          instrument.setInt(2, p);
          instrument.setString(3, ensemble.get(p));
          instrument.addBatch();
        }
        if (i % 1000 == 999 || i == works - 1) {
          work.executeBatch();
          composer.executeBatch();
          instrument.executeBatch();
          connection.commit();
        }
      }
    }
    connection.commit();
  }

  /** An incipit of 12 to 20 notes in the archive's text form, e.g. "G4:1/4 A4:1/8 ...". */
  public String incipit() {
    int notes = 12 + random.nextInt(9);
    int step = 28 + random.nextInt(10); // diatonic step number: 7 per octave, C4 = 28
    var text = new StringBuilder();
    for (int n = 0; n < notes; n++) {
      int move = random.nextInt(10);
      step +=
          move < 6
              ? (random.nextBoolean() ? 1 : -1)
              : move < 8 ? 0 : (random.nextBoolean() ? 3 : -4);
      step = Math.max(21, Math.min(42, step));
      if (text.length() > 0) {
        text.append(' ');
      }
      if (n > 0 && n < notes - 1 && random.nextInt(15) == 0) {
        text.append("r:1/8 ");
      }
      text.append(STEPS[step % 7])
          .append(step / 7)
          .append(':')
          .append(RHYTHMS[random.nextInt(RHYTHMS.length)]);
    }
    return text.toString();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Some composers wrote many works, most few. */
  private int skewed(int count) {
    double u = random.nextDouble();
    return (int) Math.min(count - 1, Math.floor(count * u * u * u));
  }
}
