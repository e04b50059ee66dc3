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
 * with genres, keys, dates, instrumentation and incipits ({@link SyntheticIncipits}). The records
 * bypass the API and the ledger, so only a full rebuild of the search index sees them.
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

  private final Random random;
  private final SyntheticIncipits incipits;
  private final List<String> composerNames;

  public SyntheticCatalogue(long seed, int composers) {
    this.random = new Random(seed);
    this.incipits = new SyntheticIncipits(seed);
    var names = new java.util.ArrayList<String>(composers);
    for (int i = 0; i < composers; i++) {
      String given = GIVEN.get(i % GIVEN.size());
      String family = FAMILY.get((i / GIVEN.size()) % FAMILY.size());
      int round = i / (GIVEN.size() * FAMILY.size());
      names.add(given + " " + family + (round > 0 ? " " + (round + 1) : ""));
    }
    this.composerNames = List.copyOf(names);
  }

  /** One generated work; {@code composer} indexes {@link #composers()}. */
  public record Work(
      long id,
      String title,
      String catalogueNumber,
      String genre,
      String key,
      int year,
      String period,
      String notes,
      String incipit,
      int composer,
      List<String> instrumentation) {}

  /** The composers' names; composer {@code i} gets id {@code FIRST_ID + i}. */
  public List<String> composers() {
    return composerNames;
  }

  /** The next {@code count} works, numbered from {@link #FIRST_ID}. */
  public List<Work> works(int count) {
    var works = new java.util.ArrayList<Work>(count);
    for (int i = 0; i < count; i++) {
      String genre = pick(GENRES);
      String key = pick(KEYS);
      int year = 1600 + random.nextInt(350);
      works.add(
          new Work(
              FIRST_ID + i,
              genre + " in " + key + " No. " + (1 + random.nextInt(40)),
              "Op. " + (1 + random.nextInt(120)),
              genre,
              key,
              year,
              PERIODS.get(Math.min(3, (year - 1600) / 90)),
              "Manuscript copy; " + pick(FAMILY) + " collection.",
              incipits.next().toString(),
              skewed(composerNames.size()),
              pick(ENSEMBLES)));
    }
    return works;
  }

  /** Inserts the composers and the works, committing every 1,000 works. */
  public void insert(Connection connection, List<Work> works) throws SQLException {
    connection.setAutoCommit(false);
    Timestamp now = Timestamp.from(Instant.now());
    try (var person =
        connection.prepareStatement(
            "INSERT INTO person (id, version, revision, name, sort_key, created_at, updated_at)"
                + " VALUES (?, 0, 1, ?, ?, ?, ?)")) {
      for (int i = 0; i < composerNames.size(); i++) {
        person.setLong(1, FIRST_ID + i);
        person.setString(2, composerNames.get(i));
        person.setString(3, composerNames.get(i).toLowerCase());
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
                    + " created_at, updated_at)"
                    + " VALUES (?, 0, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        var composer =
            connection.prepareStatement(
                "INSERT INTO work_composer (work_id, position, person_id) VALUES (?, 0, ?)");
        var instrument =
            connection.prepareStatement(
                "INSERT INTO work_instrument (work_id, position, instrument) VALUES (?, ?, ?)")) {
      int n = 0;
      for (Work w : works) {
        work.setLong(1, w.id());
        work.setString(2, w.title());
        work.setString(3, w.title().toLowerCase());
        work.setString(4, w.catalogueNumber());
        work.setString(5, w.genre());
        work.setString(6, w.key());
        work.setString(7, Integer.toString(w.year()));
        work.setInt(8, w.year());
        work.setInt(9, w.year());
        work.setString(10, w.period());
        work.setString(11, w.notes());
        work.setString(12, w.incipit());
        work.setTimestamp(13, now);
        work.setTimestamp(14, now);
        work.addBatch();
        composer.setLong(1, w.id());
        composer.setLong(2, FIRST_ID + w.composer());
        composer.addBatch();
        for (int p = 0; p < w.instrumentation().size(); p++) {
          instrument.setLong(1, w.id());
          instrument.setInt(2, p);
          instrument.setString(3, w.instrumentation().get(p));
          instrument.addBatch();
        }
        if (++n % 1000 == 0 || n == works.size()) {
          work.executeBatch();
          composer.executeBatch();
          instrument.executeBatch();
          connection.commit();
        }
      }
    }
    connection.commit();
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
