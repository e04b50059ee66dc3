package org.ricercar.archive.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.ItSettings;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PayaraMicroServer;
import org.ricercar.archive.it.PostgresServer;
import org.ricercar.archive.it.ScoreFiles;

/**
 * Measures what issue 3 asks for, against the built WAR on real servers: importing the shared
 * corpus end to end on H2 and on PostgreSQL; a metadata-only import of RISM records replicated to
 * 10,000 on PostgreSQL; a fixity audit against reading and hashing the same files directly; and
 * verifying a ledger of at least 100,000 entries. Needs ../shared/corpus (or the folder named by
 * {@code ricercar.corpus}); run with {@code ./ricercar bench}. Results are printed and appended to
 * {@code target/benchmark-results.md}. {@code -Dricercar.bench.only=records} measures only the
 * metadata-only import.
 */
public final class ScoresBenchmark {

  private static final int RECORDS = 10_000;
  private static final int RECORDS_PER_FILE = 1_000;
  private static final long LEDGER_ENTRIES = 100_000;
  private static final Pattern RECORD = Pattern.compile("(?s)<record>.*?</record>");
  private static final Pattern CONTROL_NUMBER =
      Pattern.compile("<controlfield tag=\"001\">[^<]*</controlfield>");

  private final StringBuilder report = new StringBuilder();
  private final Path corpus =
      Path.of(System.getProperty("ricercar.corpus", "../../shared/corpus")).toAbsolutePath();
  private int replica;

  public static void main(String[] args) throws Exception {
    if (!BenchmarkParts.runs("records")) {
      return;
    }
    var benchmark = new ScoresBenchmark();
    try {
      benchmark.run();
    } finally {
      System.out.println(benchmark.report);
      Path results = ItSettings.dir().resolveSibling("benchmark-results.md");
      Files.writeString(
          results,
          benchmark.report,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      System.out.println("Appended to " + results);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    line("# Scores benchmark");
    line("");
    if (!Files.isDirectory(corpus)) {
      line("Skipped: the shared corpus is not at " + corpus + ".");
      return;
    }
    KeycloakServer keycloak = KeycloakServer.shared();
    if ("records".equals(BenchmarkParts.only())) {
      PostgresServer.shared().recreateDatabase("ricercar_bench_scores");
      var server =
          PayaraMicroServer.start(
              "bench-scores-postgres", PayaraMicroServer.onPostgres("ricercar_bench_scores"));
      try {
        awaitReady();
        importRecords(Api.anonymous().as(keycloak.token("librarian")));
      } finally {
        server.stop();
      }
      return;
    }
    byte[] corpusZip = corpusZip();
    line(
        String.format(
            Locale.ROOT,
            "Corpus: %d files, %.1f MB zipped, from %s.",
            corpusFiles().size(),
            corpusZip.length / 1e6,
            corpus));
    line("");

    Path h2Data = ItSettings.dir().resolve("bench-scores-h2");
    var h2 =
        PayaraMicroServer.start(
            "bench-scores-h2",
            Map.of(
                "ricercar.data.dir", h2Data.toString(),
                "ricercar.identity.url", "http://127.0.0.1:" + ItSettings.keycloakPort(),
                "ricercar.identity.admin-client-secret", ItSettings.adminClientSecret()));
    try {
      awaitReady();
      Api librarian = Api.anonymous().as(keycloak.token("librarian"));
      importCorpus(librarian, corpusZip, "embedded H2");
      fixity(librarian, h2Data.resolve("files"));
    } finally {
      h2.stop();
    }

    PostgresServer.shared().recreateDatabase("ricercar_bench_scores");
    var postgres =
        PayaraMicroServer.start(
            "bench-scores-postgres", PayaraMicroServer.onPostgres("ricercar_bench_scores"));
    try {
      awaitReady();
      Api librarian = Api.anonymous().as(keycloak.token("librarian"));
      importCorpus(librarian, corpusZip, "PostgreSQL");
      importRecords(librarian);
      verifyLedger(librarian);
    } finally {
      postgres.stop();
    }
  }

  private void importCorpus(Api librarian, byte[] zip, String database) {
    JsonObject job = importZip(librarian, "corpus.zip", zip, Duration.ofMinutes(10));
    double seconds = serverSeconds(job);
    line("## Importing the corpus end to end (" + database + ")");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "%d files in %.1f s: **%.1f files/s** (%d imported, %d merged, %d duplicates, %d"
                + " rejected). Timed by the server from the job's start to its end; the upload"
                + " itself is not counted.",
            job.getInt("processedFiles"),
            seconds,
            job.getInt("processedFiles") / seconds,
            job.getInt("imported"),
            job.getInt("merged"),
            job.getInt("duplicates"),
            job.getInt("rejected")));
    line("");
  }

  private void importRecords(Api librarian) throws IOException {
    byte[] zip = marcZip(RECORDS);
    JsonObject job = importZip(librarian, "rism-records.zip", zip, Duration.ofMinutes(20));
    double seconds = serverSeconds(job);
    line("## Metadata-only import: RISM MARCXML records replicated to 10,000 (PostgreSQL)");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "%,d records in %d files of %,d, each record a new work with a source and its file"
                + " attached: %.1f s, **%.0f records/s** (%d files imported, %d rejected).",
            RECORDS,
            RECORDS / RECORDS_PER_FILE,
            RECORDS_PER_FILE,
            seconds,
            RECORDS / seconds,
            job.getInt("imported"),
            job.getInt("rejected")));
    line("");
  }

  private void fixity(Api librarian, Path filesRoot) throws IOException {
    List<Path> blobs;
    try (Stream<Path> walk = Files.walk(filesRoot)) {
      blobs =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().length() == 64)
              .toList();
    }
    long bytes = 0;
    for (Path blob : blobs) {
      bytes += Files.size(blob);
    }
    double raw = Double.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      for (Path blob : blobs) {
        hash(blob);
      }
      raw = Math.min(raw, (System.nanoTime() - start) / 1e9);
    }
    double audit = Double.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      audit = Math.min(audit, audit(librarian, blobs.size()));
    }
    line("## Fixity audit (embedded H2)");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "%d stored files, %.1f MB. Audit through the application (each check recorded in the"
                + " log and on the ledger): %.2f s, **%.1f MB/s**. Reading and hashing the same"
                + " files directly: %.2f s, %.1f MB/s. Ratio audit/raw throughput: **%.2f**."
                + " Best of 3 runs each, page cache warm for both.",
            blobs.size(),
            bytes / 1e6,
            audit,
            bytes / 1e6 / audit,
            raw,
            bytes / 1e6 / raw,
            raw / audit));
    line("");
  }

  /** Starts an audit and waits until every stored file has one more check; seconds taken. */
  private static double audit(Api librarian, int files) {
    long before = checks(librarian);
    long start = System.nanoTime();
    if (librarian.send("POST", "/api/fixity/runs", null, null, null).status() != 202) {
      throw new IllegalStateException("the audit did not start");
    }
    while (checks(librarian) < before + files
        || librarian.get("/api/fixity").json().getBoolean("running")) {
      pause(20);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private void verifyLedger(Api librarian) throws IOException {
    long entries = ledgerEntries();
    while (entries < LEDGER_ENTRIES) {
      int records = (int) Math.min(20_000, (LEDGER_ENTRIES - entries) / 3 + RECORDS_PER_FILE);
      importZip(librarian, "more-records.zip", marcZip(records), Duration.ofMinutes(20));
      entries = ledgerEntries();
    }
    line("## Verifying the ledger (PostgreSQL)");
    line("");
    line("| run | entries | GET /api/ledger/verify |");
    line("|---|---|---|");
    for (int run = 1; run <= 3; run++) {
      long start = System.nanoTime();
      JsonObject result = Api.anonymous().get("/api/ledger/verify").json();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!result.getBoolean("intact")) {
        throw new IllegalStateException("the ledger does not verify: " + result);
      }
      line(
          String.format(
              Locale.ROOT,
              "| %d | %,d | %.2f s |",
              run,
              result.getJsonNumber("entriesChecked").longValue(),
              seconds));
    }
    line("");
  }

  /** Waits until the application reports ready: answering is not enough while it deploys. */
  private static void awaitReady() {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (Api.anonymous().get("/health/ready").status() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the application did not become ready");
      }
      pause(200);
    }
  }

  private static long ledgerEntries() {
    return Api.anonymous()
        .get("/api/ledger/verify")
        .json()
        .getJsonNumber("entriesChecked")
        .longValue();
  }

  private static JsonObject importZip(Api librarian, String name, byte[] zip, Duration limit) {
    var started =
        librarian.postBytes(
            "/api/imports?name=" + name + "&rights=" + ScoreFiles.CC0, "application/zip", zip);
    if (started.status() != 202) {
      throw new IllegalStateException(started.toString());
    }
    String job = "/api/imports/" + started.json().getJsonNumber("id").longValue();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject state = librarian.get(job).json();
      switch (state.getString("state")) {
        case "COMPLETED" -> {
          return state;
        }
        case "FAILED", "INTERRUPTED" -> throw new IllegalStateException(state.toString());
        default -> pause(200);
      }
    }
    throw new IllegalStateException(name + " did not finish within " + limit);
  }

  private static double serverSeconds(JsonObject job) {
    return Duration.between(
                Instant.parse(job.getString("startedAt")),
                Instant.parse(job.getString("finishedAt")))
            .toNanos()
        / 1e9;
  }

  private static long checks(Api librarian) {
    return librarian
        .get("/api/fixity/checks?size=1")
        .json()
        .getJsonNumber("totalItems")
        .longValue();
  }

  private List<Path> corpusFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(musicxml|mei|krn|abc|xml)$"))
          .sorted()
          .toList();
    }
  }

  private byte[] corpusZip() throws IOException {
    var entries = new LinkedHashMap<String, byte[]>();
    for (Path file : corpusFiles()) {
      entries.put(corpus.relativize(file).toString(), Files.readAllBytes(file));
    }
    return ScoreFiles.zip(entries);
  }

  /**
   * The corpus's RISM records, copied until there are {@code count}, each copy with its own control
   * number and its titles marked "(copy n)", in MARCXML collections of 1,000 records.
   */
  private byte[] marcZip(int count) throws IOException {
    List<String> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus.resolve("marcxml/rism-muscat-sample/records"))) {
      for (Path file : files.sorted().toList()) {
        Matcher m = RECORD.matcher(Files.readString(file));
        while (m.find()) {
          records.add(m.group());
        }
      }
    }
    var entries = new LinkedHashMap<String, byte[]>();
    var collection = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int copy = ++replica;
      String record = records.get(i % records.size());
      record =
          CONTROL_NUMBER
              .matcher(record)
              .replaceFirst("<controlfield tag=\"001\">bench" + copy + "</controlfield>");
      record = retitled(record, "240", copy);
      record = retitled(record, "245", copy);
      collection.append(record).append('\n');
      if ((i + 1) % RECORDS_PER_FILE == 0 || i + 1 == count) {
        entries.put(
            "records-" + copy + ".xml",
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n"
                    + collection
                    + "</collection>\n")
                .getBytes(UTF_8));
        collection.setLength(0);
      }
    }
    return ScoreFiles.zip(entries);
  }

  /** Appends "(copy n)" to the $a of the record's field with this tag, if it has one. */
  private static String retitled(String record, String tag, int copy) {
    int field = record.indexOf("tag=\"" + tag + "\"");
    if (field < 0) {
      return record;
    }
    int start = record.indexOf("<subfield code=\"a\">", field);
    int end = start < 0 ? -1 : record.indexOf("</subfield>", start);
    if (end < 0 || record.indexOf("</datafield>", field) < start) {
      return record;
    }
    return record.substring(0, end) + " (copy " + copy + ")" + record.substring(end);
  }

  private static void hash(Path file) throws IOException {
    MessageDigest digest = org.ricercar.governance.ledger.Sha256.newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[256 * 1024];
      for (int read; (read = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, read);
      }
    }
    digest.digest();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void line(String text) {
    report.append(text).append('\n');
  }
}
