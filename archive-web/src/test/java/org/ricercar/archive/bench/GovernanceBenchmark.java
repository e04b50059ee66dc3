package org.ricercar.archive.bench;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.ItSettings;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PayaraMicroServer;
import org.ricercar.archive.it.PostgresServer;
import org.ricercar.governance.vote.BallotList;
import org.ricercar.governance.vote.Tally;

/**
 * The governance figures of issue 5 on PostgreSQL: ballots cast through the API by 16 concurrent
 * clients, and the tally (at the close) and recount of a vote with 100,000 ballots.
 */
public final class GovernanceBenchmark {

  private static final String DATABASE = "ricercar_governance_bench";
  private static final int CLIENTS = 16;
  private static final int MEMBERS_PER_CLIENT = 10;
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final Duration RUN = Duration.ofSeconds(30);
  private static final int SYNTHETIC_BALLOTS = 100_000;
  private static final Pattern CLOSED = Pattern.compile("Closed vote (\\d+) in (\\d+) ms");

  private final StringBuilder report = new StringBuilder();

  public static void main(String[] args) throws Exception {
    if (!BenchmarkParts.runs("ballots")) {
      return;
    }
    var benchmark = new GovernanceBenchmark();
    try {
      benchmark.run();
    } finally {
      System.out.println(benchmark.report);
      Path results = ItSettings.dir().resolveSibling("governance-benchmark-results.md");
      Files.writeString(results, benchmark.report);
      System.out.println("Written to " + results);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    line("# Governance benchmark");
    line("");
    line(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + ". Client, Payara Micro, PostgreSQL and Keycloak share the machine.");
    line("");
    KeycloakServer keycloak = KeycloakServer.shared();
    List<String> voters =
        keycloak.createMembers(
            "bench-" + UUID.randomUUID().toString().substring(0, 6) + "-",
            CLIENTS * MEMBERS_PER_CLIENT);
    List<String> tokens = voters.stream().map(keycloak::token).toList();
    PostgresServer.shared().recreateDatabase(DATABASE);
    Map<String, String> settings = new HashMap<>(PayaraMicroServer.onPostgres(DATABASE));
    settings.put("ricercar.governance.min-vote-seconds", "2");
    var server = PayaraMicroServer.start("bench-governance", settings);
    try {
      Api steward = Api.anonymous().as(keycloak.token("steward"));
      Api member = Api.anonymous().as(keycloak.token("member"));
      long loadVote = openVote(member, steward, Instant.now().plusSeconds(600));
      castUnderLoad(loadVote, tokens);
      long bigVote = openVote(member, steward, Instant.now().plusSeconds(30));
      addSyntheticBallots(bigVote);
      tallyAndRecount(
          bigVote, Path.of(ItSettings.dir().resolve("bench-governance").toString(), "micro.log"));
    } finally {
      server.stop();
    }
  }

  private static long openVote(Api member, Api steward, Instant closesAt) {
    var draft =
        member.post(
            "/api/guidelines",
            "{\"title\":\"Benchmark\",\"clauses\":[{\"text\":\"Supplied notes are marked.\","
                + "\"principles\":[\"transparency\"]}]}");
    long guideline = draft.json().getJsonNumber("id").longValue();
    steward.post("/api/guidelines/" + guideline + "/freeze", "{\"revision\":1}");
    var vote =
        steward.post(
            "/api/votes",
            "{\"guidelineId\":" + guideline + ",\"closesAt\":\"" + closesAt + "\",\"quorum\":10}");
    if (vote.status() != 201) {
      throw new IllegalStateException(vote.toString());
    }
    return vote.json().getJsonNumber("id").longValue();
  }

  private void castUnderLoad(long vote, List<String> tokens) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long warmEnd = System.nanoTime() + WARM_UP.toNanos();
    long end = warmEnd + RUN.toNanos();
    List<Future<List<Long>>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      List<Api> members =
          tokens.subList(c * MEMBERS_PER_CLIENT, (c + 1) * MEMBERS_PER_CLIENT).stream()
              .map(t -> Api.anonymous().as(t))
              .toList();
      clients.add(
          pool.submit(
              () -> {
                List<Long> nanos = new ArrayList<>();
                String[] choices = {"YES", "NO", "ABSTAIN"};
                for (int i = 0; System.nanoTime() < end; i++) {
                  Api voter = members.get(i % members.size());
                  String choice = choices[ThreadLocalRandom.current().nextInt(3)];
                  long start = System.nanoTime();
                  var reply =
                      voter.put(
                          "/api/votes/" + vote + "/ballot",
                          "{\"choice\":\"" + choice + "\"}",
                          null);
                  long took = System.nanoTime() - start;
                  if (reply.status() != 200) {
                    throw new IllegalStateException(reply.toString());
                  }
                  if (start >= warmEnd) {
                    nanos.add(took);
                  }
                }
                return nanos;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> client : clients) {
      all.addAll(client.get());
    }
    pool.shutdown();
    line("## Ballots cast through the API");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "%d clients, each casting and changing the ballots of %d members (a random choice each"
                + " time) for %d s after %d s of warm-up, on PostgreSQL: **%.0f ballots/s** (%,d"
                + " casts); per cast p50 %.1f ms, p95 %.1f ms, p99 %.1f ms.",
            CLIENTS,
            MEMBERS_PER_CLIENT,
            RUN.toSeconds(),
            WARM_UP.toSeconds(),
            all.size() / (double) RUN.toSeconds(),
            all.size(),
            percentile(all, 50),
            percentile(all, 95),
            percentile(all, 99)));
    line("");
  }

  /** Adds 100,000 electors with a ballot each to the vote, straight into the database. */
  private static void addSyntheticBallots(long vote) throws SQLException {
    try (Connection db = PostgresServer.shared().connect(DATABASE)) {
      db.setAutoCommit(false);
      try (var electors =
              db.prepareStatement(
                  "insert into vote_elector (vote_id, member_id, username, pseudonym)"
                      + " select ?, 'synthetic-' || g, 'synthetic-' || g, 'v-s' || lpad(g::text, 9, '0')"
                      + " from generate_series(1, ?) g");
          var ballots =
              db.prepareStatement(
                  "insert into ballot (id, vote_id, voter_id, choice, receipt, cast_at)"
                      + " select 1000000000 + g, ?, 'synthetic-' || g,"
                      + " (array['YES','NO','ABSTAIN'])[1 + (g * 7919) % 3],"
                      + " 'synthetic-receipt-' || g, now()"
                      + " from generate_series(1, ?) g");
          var electorate =
              db.prepareStatement("update vote set electorate = electorate + ? where id = ?")) {
        electors.setLong(1, vote);
        electors.setInt(2, SYNTHETIC_BALLOTS);
        electors.executeUpdate();
        ballots.setLong(1, vote);
        ballots.setInt(2, SYNTHETIC_BALLOTS);
        ballots.executeUpdate();
        electorate.setInt(1, SYNTHETIC_BALLOTS);
        electorate.setLong(2, vote);
        electorate.executeUpdate();
      }
      db.commit();
    }
  }

  private void tallyAndRecount(long vote, Path serverLog) throws Exception {
    Api anyone = Api.anonymous();
    while (!"CLOSED".equals(anyone.get("/api/votes/" + vote).json().getString("state", ""))) {
      Thread.sleep(200);
    }
    long tallyMillis = -1;
    for (String logLine : Files.readAllLines(serverLog)) {
      var matcher = CLOSED.matcher(logLine);
      if (matcher.find() && Long.parseLong(matcher.group(1)) == vote) {
        tallyMillis = Long.parseLong(matcher.group(2));
      }
    }
    JsonObject result = anyone.get("/api/votes/" + vote).json().getJsonObject("result");

    List<Long> endpoint = new ArrayList<>();
    List<Long> command = new ArrayList<>();
    boolean matches = true;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      var recount = anyone.get("/api/votes/" + vote + "/recount").json();
      endpoint.add(System.nanoTime() - start);
      matches &= recount.getBoolean("matchesResult");

      start = System.nanoTime();
      String csv = anyone.getAccepting("/api/votes/" + vote + "/ballots", "text/csv").body();
      Tally tally = BallotList.count(csv);
      boolean same =
          BallotList.sha256(csv).equals(result.getString("listHash"))
              && tally.yes() == result.getJsonNumber("yes").longValue();
      command.add(System.nanoTime() - start);
      matches &= same;
    }
    line("## Tally and recount of 100,000 ballots");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "A vote whose electorate was given %,d more electors, each with a ballot written to the"
                + " database before the close: %,d ballots at the close.",
            SYNTHETIC_BALLOTS,
            result.getJsonNumber("ballots").longValue()));
    line("");
    line("| | median | slowest of 5 |");
    line("|---|---|---|");
    line(
        String.format(
            Locale.ROOT,
            "| tally at the close (the server's closing transaction: count, ballot list and its"
                + " SHA-256, result, ledger entries) | **%d ms** | (one close) |",
            tallyMillis));
    line(
        String.format(
            Locale.ROOT,
            "| recount endpoint (`GET /api/votes/{id}/recount`: list rebuilt, hashed, counted) |"
                + " **%.0f ms** | %.0f ms |",
            percentile(endpoint, 50),
            percentile(endpoint, 100)));
    line(
        String.format(
            Locale.ROOT,
            "| recount as `./ricercar recount` does it (download the CSV, hash, count) |"
                + " **%.0f ms** | %.0f ms |",
            percentile(command, 50),
            percentile(command, 100)));
    line("");
    line("Every recount matched the published result: " + (matches ? "yes" : "**NO**") + ".");
    line("");
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
