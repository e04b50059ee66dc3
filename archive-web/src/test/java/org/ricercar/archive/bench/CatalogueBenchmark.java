package org.ricercar.archive.bench;

import static org.ricercar.archive.it.CatalogueJson.aPerson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.ItSettings;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PayaraMicroServer;
import org.ricercar.archive.it.PostgresServer;

/**
 * Measures what issue 2 asks for, against the built WAR on real servers: cold start of Payara Micro
 * to a ready application and its memory afterwards; 10,000 works created through the API by 8
 * concurrent clients on PostgreSQL; and the server-side latency of the paged works list at that
 * size. Run with {@code ./ricercar bench}; the results are printed and written to {@code
 * target/benchmark-results.md}. {@code -Dricercar.bench.only=writes} measures only the writes.
 */
public final class CatalogueBenchmark {

  private static final int COLD_STARTS = 3;
  private static final int CLIENTS = 8;
  private static final int WARM_UP_WORKS = 2_000;
  private static final int WORKS = 10_000;
  private static final int LIST_WARM_UP = 300;
  private static final int LIST_REQUESTS = 2_000;

  private final StringBuilder report = new StringBuilder();

  public static void main(String[] args) throws Exception {
    if (!BenchmarkParts.runs("writes")) {
      return;
    }
    var benchmark = new CatalogueBenchmark();
    try {
      benchmark.run();
    } finally {
      System.out.println(benchmark.report);
      Path results = ItSettings.dir().resolveSibling("benchmark-results.md");
      Files.writeString(results, benchmark.report);
      System.out.println("Written to " + results);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    line("# Catalogue benchmark");
    line("");
    line(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + ", Java "
            + System.getProperty("java.version")
            + ". Client and servers share the machine.");
    line("");
    KeycloakServer keycloak = KeycloakServer.shared();
    PostgresServer postgres = PostgresServer.shared();
    boolean onlyWrites = "writes".equals(BenchmarkParts.only());
    if (!onlyWrites) {
      coldStart();
    }
    postgres.recreateDatabase("ricercar_bench");
    var server =
        PayaraMicroServer.start("bench-postgres", PayaraMicroServer.onPostgres("ricercar_bench"));
    try {
      awaitReady();
      Api librarian = Api.anonymous().as(keycloak.token("librarian"));
      List<Long> composers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        composers.add(
            librarian.post("/api/people", aPerson().json()).json().getJsonNumber("id").longValue());
      }
      createWorks(librarian, composers, WARM_UP_WORKS, "warm-up");
      createWorks(librarian, composers, WORKS, "measured");
      if (!onlyWrites) {
        listWorks();
      }
    } finally {
      server.stop();
    }
  }

  /** Start the WAR on an empty embedded database, as `./ricercar run` does, until ready. */
  private void coldStart() throws IOException {
    line("## Cold start (Payara Micro, embedded H2, empty data directory)");
    line("");
    line("| run | start → /health/ready UP | RSS when ready |");
    line("|---|---|---|");
    List<Double> seconds = new ArrayList<>();
    List<Long> rss = new ArrayList<>();
    for (int run = 1; run <= COLD_STARTS; run++) {
      Path data = ItSettings.dir().resolve("bench-h2-" + run);
      long started = System.nanoTime();
      var server =
          PayaraMicroServer.start(
              "bench-cold-" + run,
              Map.of(
                  "ricercar.data.dir", data.toString(),
                  "ricercar.identity.url", "http://127.0.0.1:" + ItSettings.keycloakPort(),
                  "ricercar.identity.admin-client-secret", ItSettings.adminClientSecret()));
      try {
        awaitReady();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long kilobytes = residentKilobytes(server.pid());
        seconds.add(elapsed);
        rss.add(kilobytes);
        line(String.format(Locale.ROOT, "| %d | %.1f s | %d MB |", run, elapsed, kilobytes / 1024));
      } finally {
        server.stop();
      }
    }
    Collections.sort(seconds);
    Collections.sort(rss);
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Median: %.1f s to ready, %d MB resident.",
            seconds.get(seconds.size() / 2),
            rss.get(rss.size() / 2) / 1024));
    line("");
  }

  private void createWorks(Api librarian, List<Long> composers, int count, String label)
      throws Exception {
    var next = new AtomicInteger();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    var failures = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(
          clients.submit(
              () -> {
                var random = new Random();
                int n;
                while ((n = next.getAndIncrement()) < count) {
                  String body = work(n, composers.get(random.nextInt(composers.size())));
                  long t = System.nanoTime();
                  var reply = librarian.post("/api/works", body);
                  latencies.add(System.nanoTime() - t);
                  if (reply.status() != 201) {
                    failures.incrementAndGet();
                  }
                }
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    clients.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    if (label.equals("measured")) {
      line("## Creating works through the API (PostgreSQL, " + CLIENTS + " concurrent clients)");
      line("");
      line(
          String.format(
              Locale.ROOT,
              "%,d works in %.1f s: **%.0f works/s**; per request p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d failed.",
              count,
              seconds,
              count / seconds,
              percentile(latencies, 50),
              percentile(latencies, 95),
              percentile(latencies, 99),
              failures.get()));
      line("(After a warm-up of " + WARM_UP_WORKS + " works, not counted.)");
      line("");
    }
  }

  private void listWorks() {
    Api visitor = Api.anonymous();
    int total = visitor.get("/api/works?size=1").json().getInt("totalItems");
    int pages = total / 20;
    var random = new Random(42);
    String[] sorts = {"title", "-title", "date", "-updated", "catalogueNumber"};
    List<Long> server = new ArrayList<>();
    List<Long> client = new ArrayList<>();
    for (int i = 0; i < LIST_WARM_UP + LIST_REQUESTS; i++) {
      String path =
          "/api/works?size=20&page=" + random.nextInt(pages) + "&sort=" + sorts[i % sorts.length];
      long t = System.nanoTime();
      var reply = visitor.get(path);
      long elapsed = System.nanoTime() - t;
      if (reply.status() != 200) {
        throw new IllegalStateException(reply.toString());
      }
      if (i >= LIST_WARM_UP) {
        client.add(elapsed);
        String timing = reply.header("Server-Timing").orElseThrow();
        server.add((long) (Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)) * 1e6));
      }
    }
    line(
        "## Paged list of works at "
            + String.format(Locale.ROOT, "%,d", total)
            + " works (PostgreSQL)");
    line("");
    line(
        LIST_REQUESTS
            + " requests of 20 works from random pages, sorted by title, date, last change or"
            + " catalogue number, one client, after "
            + LIST_WARM_UP
            + " warm-up requests.");
    line("");
    line("| | p50 | p95 | p99 |");
    line("|---|---|---|---|");
    line(
        String.format(
            Locale.ROOT,
            "| server (Server-Timing) | %.1f ms | **%.1f ms** | %.1f ms |",
            percentile(server, 50),
            percentile(server, 95),
            percentile(server, 99)));
    line(
        String.format(
            Locale.ROOT,
            "| client (round trip) | %.1f ms | %.1f ms | %.1f ms |",
            percentile(client, 50),
            percentile(client, 95),
            percentile(client, 99)));
    line("");
  }

  private static String work(int n, long composer) {
    String[] genres = {"Lied", "Piano trio", "Sonata", "Nocturne", "Mass", "Symphony"};
    String[] keys = {"C major", "E-flat major", "F-sharp minor", "D minor", "A-flat major"};
    return "{\"title\": \"Benchmark work "
        + n
        + "\", \"catalogueNumber\": \"Op. "
        + (n % 97 + 1)
        + " No. "
        + (n % 7 + 1)
        + "\", \"genre\": \""
        + genres[n % genres.length]
        + "\", \"key\": \""
        + keys[n % keys.length]
        + "\", \"instrumentation\": [\"voice\", \"piano\"], \"date\": \""
        + (1780 + n % 150)
        + "\", \"period\": \"ROMANTIC\", \"composerIds\": ["
        + composer
        + "]}";
  }

  private static void awaitReady() {
    Api visitor = Api.anonymous();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (visitor.get("/health/ready").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("not ready within 3 minutes");
  }

  private static long residentKilobytes(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static double percentile(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private void line(String text) {
    report.append(text).append('\n');
  }
}
