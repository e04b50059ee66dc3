package org.ricercar.archive.bench;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Folders;
import org.ricercar.archive.it.ItSettings;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PayaraMicroServer;
import org.ricercar.archive.it.PostgresServer;
import org.ricercar.archive.it.SyntheticCatalogue;
import org.ricercar.search.CatalogueIndex;
import org.ricercar.search.Facet;
import org.ricercar.search.IndexedWork;
import org.ricercar.search.MelodicMatch;
import org.ricercar.search.MelodicQuery;
import org.ricercar.search.SearchRequest;
import org.ricercar.search.SearchSort;
import org.ricercar.search.melody.Incipit;

/**
 * Measures what issue 4 asks of search, on 100,000 generated works with incipits in PostgreSQL
 * ({@link SyntheticCatalogue}, seed 7): the full rebuild rate; keyword queries with facet filters
 * through the REST API (latency from one client, then throughput from 4 and 8) against the same
 * queries on the same works in an index in this process (raw Lucene, no HTTP, no database); and
 * melodic queries the same two ways. Then the melodic quality on the real corpus ({@link
 * MelodicQualityBenchmark}). Run with {@code ./ricercar bench}; results are printed and written to
 * {@code target/search-benchmark-results.md}.
 */
public final class SearchBenchmark {

  private static final String DATABASE = "ricercar_search_bench";
  private static final long SEED = 7;
  private static final int WORKS = 100_000;
  private static final int COMPOSERS = 2_000;
  private static final int WARM_UP = 1_000;

  /**
   * The first keyword queries also warm up the server's HTTP and JSON code: on 2 cores its JIT
   * needs a few thousand requests before latencies settle.
   */
  private static final int KEYWORD_WARM_UP = 3_000;

  private static final int MEASURED = 1_000;
  private static final int[] CLIENTS = {4, 8};
  private static final Duration THROUGHPUT_RUN = Duration.ofSeconds(20);

  private final StringBuilder report = new StringBuilder();

  public static void main(String[] args) throws Exception {
    if (!BenchmarkParts.runs("search")) {
      return;
    }
    var benchmark = new SearchBenchmark();
    try {
      benchmark.run();
    } finally {
      System.out.println(benchmark.report);
      Path results = ItSettings.dir().resolveSibling("search-benchmark-results.md");
      Files.writeString(results, benchmark.report);
      System.out.println("Written to " + results);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    line("# Search benchmark");
    line("");
    line(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + ". Client, Payara Micro, PostgreSQL and Keycloak share the machine.");
    line("");
    var catalogue = new SyntheticCatalogue(SEED, COMPOSERS);
    List<SyntheticCatalogue.Work> works = catalogue.works(WORKS);
    KeycloakServer keycloak = KeycloakServer.shared();
    PostgresServer.shared().recreateDatabase(DATABASE);
    Map<String, String> settings = PayaraMicroServer.onPostgres(DATABASE);
    Folders.deleteRecursively(Path.of(settings.get("ricercar.data.dir")).resolve("index"));
    var server = PayaraMicroServer.start("bench-search", settings);
    Path rawFolder = Files.createTempDirectory(ItSettings.dir().resolve("tmp"), "raw-index-");
    try (var raw = CatalogueIndex.open(rawFolder)) {
      try (var connection = PostgresServer.shared().connect(DATABASE)) {
        catalogue.insert(connection, works);
      }
      rebuild(Api.anonymous().as(keycloak.token("admin")));
      indexInProcess(raw, catalogue, works);

      List<TextQuery> text = textQueries(new Random(SEED));
      keywordLatency(raw, text);
      clientOverhead();
      throughput(text);
      List<MelodicQuery> melodies = melodicQueries(works, new Random(SEED));
      melodicLatency(raw, melodies);
    } finally {
      server.stop();
      Folders.deleteRecursively(rawFolder);
    }
  }

  private void rebuild(Api admin) throws InterruptedException {
    var started = admin.post("/api/search/rebuilds", "");
    if (started.status() != 202) {
      throw new IllegalStateException(started.toString());
    }
    long begun = System.nanoTime();
    while (true) {
      var rebuild = admin.get("/api/search/status").json().getJsonObject("rebuild");
      String state = rebuild.getString("state");
      if (state.equals("FAILED")) {
        throw new IllegalStateException(rebuild.toString());
      }
      if (state.equals("FINISHED")) {
        double wall = (System.nanoTime() - begun) / 1e9;
        line("## Full rebuild of the index from PostgreSQL");
        line("");
        line(
            String.format(
                Locale.ROOT,
                "%,d works: **%.0f works/s** as the server measured it (request to finish %.1f s),"
                    + " each with composer, instrumentation, incipit and facet values.",
                rebuild.getJsonNumber("indexed").longValue(),
                rebuild.getJsonNumber("worksPerSecond").doubleValue(),
                wall));
        line("");
        return;
      }
      Thread.sleep(200);
    }
  }

  /** The same works in an index in this process, as the server's rebuild makes them. */
  private static void indexInProcess(
      CatalogueIndex raw, SyntheticCatalogue catalogue, List<SyntheticCatalogue.Work> works) {
    var rebuild = raw.rebuild(0);
    var batch = new ArrayList<IndexedWork>();
    for (SyntheticCatalogue.Work w : works) {
      batch.add(
          new IndexedWork(
              Long.toString(w.id()),
              w.title(),
              List.of(),
              List.of(catalogue.composers().get(w.composer())),
              List.of(),
              w.catalogueNumber(),
              w.genre(),
              w.instrumentation(),
              w.key(),
              w.year(),
              null,
              List.of(),
              List.of(),
              false,
              List.of(),
              w.notes(),
              Incipit.parse(w.incipit()),
              listing(w, catalogue.composers().get(w.composer())),
              List.of("person:" + (SyntheticCatalogue.FIRST_ID + w.composer()))));
      if (batch.size() == 1000) {
        rebuild.add(batch);
        batch.clear();
      }
    }
    rebuild.add(batch);
    rebuild.finish();
  }

  /** The work as the server's listings show it, so that both indexes store the same. */
  private static String listing(SyntheticCatalogue.Work w, String composer) {
    return Json.createObjectBuilder()
        .add("id", w.id())
        .add("title", w.title())
        .add("catalogueNumber", w.catalogueNumber())
        .add(
            "composers",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("id", SyntheticCatalogue.FIRST_ID + w.composer())
                        .add("name", composer)
                        .add("withdrawn", false)))
        .add("genre", w.genre())
        .add("key", w.key())
        .add("date", Integer.toString(w.year()))
        .add("incipit", w.incipit())
        .add("withdrawn", false)
        .build()
        .toString();
  }

  /** A keyword query with facet filters, as the page sends it and as the index takes it. */
  private record TextQuery(String words, Map<Facet, Set<String>> filters, SearchSort sort) {

    String path() {
      var path = new StringBuilder("/api/search?size=20&q=").append(encode(words));
      filters.forEach(
          (facet, values) ->
              values.forEach(
                  v -> path.append('&').append(facet.parameter()).append('=').append(encode(v))));
      if (sort == SearchSort.TITLE) {
        path.append("&sort=title");
      }
      return path.toString();
    }

    SearchRequest request() {
      return new SearchRequest(words, filters, sort, 0, 20);
    }
  }

  private static List<TextQuery> textQueries(Random random) {
    String[] words = {
      "sonata",
      "nocturne",
      "lied",
      "quartet",
      "dvorak",
      "schroter",
      "farrenc",
      "hensel",
      "minor",
      "major",
      "mazurka",
      "romance",
      "fantasia",
      "symphony",
      "etude",
      "serenade",
      "boulanger",
      "koželuch",
      "variations",
      "trio",
      "cantata",
      "vorisek",
      "chaminade",
      "collection",
      "copy"
    };
    var queries = new ArrayList<TextQuery>();
    for (int i = 0; i < KEYWORD_WARM_UP + MEASURED; i++) {
      String q = words[random.nextInt(words.length)];
      if (random.nextBoolean()) {
        q += " " + words[random.nextInt(words.length)];
      }
      var filters = new EnumMap<Facet, Set<String>>(Facet.class);
      int facets = random.nextInt(3);
      for (int f = 0; f < facets; f++) {
        switch (random.nextInt(4)) {
          case 0 -> filters.put(Facet.PERIOD, Set.of((16 + random.nextInt(4)) + "th century"));
          case 1 -> filters.put(Facet.INSTRUMENTATION, Set.of("piano"));
          case 2 -> filters.put(Facet.KEY, Set.of("C minor", "G minor"));
          default -> filters.put(Facet.GENRE, Set.of("Sonata", "Trio", "Lied"));
        }
      }
      queries.add(
          new TextQuery(
              q, filters, random.nextInt(4) == 0 ? SearchSort.TITLE : SearchSort.RELEVANCE));
    }
    return queries;
  }

  private void keywordLatency(CatalogueIndex raw, List<TextQuery> queries) {
    var client = new BlockingClient();
    List<Long> rest = new ArrayList<>();
    List<Long> server = new ArrayList<>();
    List<Long> lucene = new ArrayList<>();
    long hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      TextQuery query = queries.get(i);
      long t = System.nanoTime();
      var answer = client.get(query.path());
      long elapsed = System.nanoTime() - t;
      requireOk(answer);
      t = System.nanoTime();
      var result = raw.search(query.request());
      long rawElapsed = System.nanoTime() - t;
      if (i >= KEYWORD_WARM_UP) {
        rest.add(elapsed);
        server.add(answer.serverNanos());
        lucene.add(rawElapsed);
        hits += result.total();
      }
    }
    line(
        "## Keyword queries with facets at " + String.format(Locale.ROOT, "%,d", WORKS) + " works");
    line("");
    line(
        MEASURED
            + " queries of one or two words (composers typed without diacritics, genres, keys),"
            + " a third of them filtered by one facet and a third by two (some with two values),"
            + " a quarter sorted by title; every answer counts all nine facets and highlights"
            + " 20 hits. One client, after "
            + KEYWORD_WARM_UP
            + " warm-up queries. Mean "
            + String.format(Locale.ROOT, "%,d", hits / MEASURED)
            + " matching works per query.");
    line("");
    line("| | p50 | p95 | p99 |");
    line("|---|---|---|---|");
    row("REST, client round trip (blocking HTTP/1.1 client)", rest);
    row("REST, server (Server-Timing)", server);
    row("raw Lucene (same queries, same works, in process)", lucene);
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Ratio REST/raw at p95: **%.2f** (client round trip), %.2f (server time).",
            percentile(rest, 95) / percentile(lucene, 95),
            percentile(server, 95) / percentile(lucene, 95)));
    line("");
  }

  /**
   * What each HTTP client adds by itself: the round trip of a request the server answers in a
   * fraction of a millisecond, through the blocking client and through the tests' {@code
   * java.net.http} client, alternately.
   */
  private void clientOverhead() {
    var blocking = new BlockingClient();
    Api httpClient = Api.anonymous();
    String path = "/api/suggest?q=so";
    List<Long> blockingTrips = new ArrayList<>();
    List<Long> httpClientTrips = new ArrayList<>();
    List<Long> server = new ArrayList<>();
    for (int i = 0; i < WARM_UP + MEASURED; i++) {
      long t = System.nanoTime();
      var answer = blocking.get(path);
      long elapsed = System.nanoTime() - t;
      requireOk(answer);
      t = System.nanoTime();
      var reply = httpClient.get(path);
      long httpClientElapsed = System.nanoTime() - t;
      if (reply.status() != 200) {
        throw new IllegalStateException(reply.toString());
      }
      if (i >= WARM_UP) {
        blockingTrips.add(elapsed);
        httpClientTrips.add(httpClientElapsed);
        server.add(answer.serverNanos());
      }
    }
    line("## What the HTTP client adds");
    line("");
    line(
        "The REST figures above are measured with a blocking HTTP/1.1 client on a kept-alive"
            + " connection. "
            + MEASURED
            + " suggestion requests (`"
            + path
            + "`) alternately through it and through `java.net.http.HttpClient`, which hands"
            + " every exchange between its own threads:");
    line("");
    line("| | p50 | p95 | p99 |");
    line("|---|---|---|---|");
    row("server (Server-Timing)", server);
    row("blocking client's round trip", blockingTrips);
    row("java.net.http.HttpClient's round trip", httpClientTrips);
    line("");
  }

  private void throughput(List<TextQuery> queries) throws Exception {
    line("## Keyword query throughput");
    line("");
    line("| concurrent clients | requests/s | p50 | p95 | p99 |");
    line("|---|---|---|---|---|");
    for (int clients : CLIENTS) {
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      long deadline = System.nanoTime() + THROUGHPUT_RUN.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> running = new ArrayList<>();
      long started = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(
            pool.submit(
                () -> {
                  var visitor = new BlockingClient();
                  var random = new Random(SEED + client);
                  while (System.nanoTime() < deadline) {
                    TextQuery query = queries.get(random.nextInt(queries.size()));
                    long t = System.nanoTime();
                    var answer = visitor.get(query.path());
                    latencies.add(System.nanoTime() - t);
                    requireOk(answer);
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      pool.shutdown();
      double seconds = (System.nanoTime() - started) / 1e9;
      line(
          String.format(
              Locale.ROOT,
              "| %d | **%.0f** | %.1f ms | **%.1f ms** | %.1f ms |",
              clients,
              latencies.size() / seconds,
              percentile(latencies, 50),
              percentile(latencies, 95),
              percentile(latencies, 99)));
    }
    line("");
    line(
        "Each run lasts "
            + THROUGHPUT_RUN.toSeconds()
            + " s; latency is the round trip of blocking HTTP/1.1 clients, one connection each.");
    line("");
  }

  private static List<MelodicQuery> melodicQueries(
      List<SyntheticCatalogue.Work> works, Random random) {
    MelodicMatch[] modes = MelodicMatch.values();
    var queries = new ArrayList<MelodicQuery>();
    while (queries.size() < WARM_UP + MEASURED) {
      Incipit incipit = Incipit.parse(works.get(random.nextInt(works.size())).incipit());
      int length = 6 + random.nextInt(3);
      if (incipit.pitched().size() < length) {
        continue;
      }
      Incipit melody =
          QueryFragments.fragment(incipit, length, random.nextInt(13) - 6, false, random);
      queries.add(new MelodicQuery(melody, modes[queries.size() % modes.length], false, 20));
    }
    return queries;
  }

  private void melodicLatency(CatalogueIndex raw, List<MelodicQuery> queries) {
    var client = new BlockingClient();
    List<Long> rest = new ArrayList<>();
    List<Long> lucene = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      MelodicQuery query = queries.get(i);
      String path =
          "/api/search/melody?limit=20&match="
              + query.match().name().toLowerCase(Locale.ROOT)
              + "&melody="
              + encode(query.melody().toString());
      long t = System.nanoTime();
      var answer = client.get(path);
      long elapsed = System.nanoTime() - t;
      requireOk(answer);
      t = System.nanoTime();
      raw.searchMelody(query);
      long rawElapsed = System.nanoTime() - t;
      if (i >= WARM_UP) {
        rest.add(elapsed);
        lucene.add(rawElapsed);
      }
    }
    line("## Melodic queries at " + String.format(Locale.ROOT, "%,d", WORKS) + " incipits");
    line("");
    line(
        MEASURED
            + " queries of 6 to 8 consecutive notes from random incipits, transposed by −6 to +6"
            + " semitones, exact, contour and rhythm modes in turn, 20 hits each; one client, after "
            + WARM_UP
            + " warm-up queries.");
    line("");
    line("| | p50 | p95 | p99 |");
    line("|---|---|---|---|");
    row("REST, client round trip (blocking HTTP/1.1 client)", rest);
    row("raw (candidates and alignment, in process)", lucene);
    line("");
  }

  private static void requireOk(BlockingClient.Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException("search answered " + answer.status());
    }
  }

  private void row(String label, List<Long> nanos) {
    line(
        String.format(
            Locale.ROOT,
            "| %s | %.1f ms | **%.1f ms** | %.1f ms |",
            label,
            percentile(nanos, 50),
            percentile(nanos, 95),
            percentile(nanos, 99)));
  }

  private static double percentile(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private void line(String text) {
    report.append(text).append('\n');
  }
}
