package org.ricercar.archive.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.ricercar.archive.governance.GovernanceJson.choice;
import static org.ricercar.archive.governance.GovernanceJson.draft;
import static org.ricercar.archive.governance.GovernanceJson.voteRules;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Api.Reply;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PayaraMicroServer;
import org.ricercar.archive.it.PostgresServer;

/**
 * Voting on PostgreSQL with two application nodes on one database: 100 members each casting 10
 * ballots at once, through both nodes, leave exactly 100 ballots whose tally equals the recount;
 * votes closing at the same moment are closed once, although both nodes' closers race for them.
 */
class VotingPostgresIT {

  private static final String DATABASE = "ricercar_voting";
  private static final int MEMBERS = 100;
  private static final int BALLOTS_EACH = 10;

  private final List<PayaraMicroServer> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() {
    nodes.forEach(PayaraMicroServer::stop);
  }

  @Test
  void oneBallotPerMemberAndOneCloseWhateverTheConcurrency() throws Exception {
    PostgresServer.shared().recreateDatabase(DATABASE);
    Map<String, String> settings = new HashMap<>(PayaraMicroServer.onPostgres(DATABASE));
    settings.put("ricercar.governance.min-vote-seconds", "2");
    int secondPort = freePort();
    nodes.add(PayaraMicroServer.start("voting-node-a", settings));
    nodes.add(PayaraMicroServer.start("voting-node-b", settings, secondPort));
    Api nodeA = Api.anonymous();
    Api nodeB = Api.at(URI.create("http://127.0.0.1:" + secondPort));

    KeycloakServer keycloak = KeycloakServer.shared();
    List<String> voters =
        keycloak.createMembers(
            "voter-" + UUID.randomUUID().toString().substring(0, 8) + "-", MEMBERS);
    List<String> tokens = voters.stream().map(keycloak::token).toList();
    Api member = nodeA.as(keycloak.token("member"));
    Api steward = nodeA.as(keycloak.token("steward"));

    // One vote, 1,000 casts from 100 members through both nodes at once.
    long guideline = frozenGuideline(member, steward, "Ballots under load");
    Reply opened =
        steward.post(
            "/api/votes", voteRules(guideline, Instant.now().plusSeconds(40), 50, "SIMPLE"));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long vote = opened.json().getJsonNumber("id").longValue();
    assertThat(opened.json().getInt("electorate")).isGreaterThanOrEqualTo(MEMBERS);

    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<Integer>> casts = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      Api voter = (i % 2 == 0 ? nodeA : nodeB).as(tokens.get(i));
      for (int b = 0; b < BALLOTS_EACH; b++) {
        String pick = List.of("YES", "NO", "ABSTAIN").get(ThreadLocalRandom.current().nextInt(3));
        casts.add(
            pool.submit(
                () -> voter.put("/api/votes/" + vote + "/ballot", choice(pick), null).status()));
      }
    }
    for (Future<Integer> cast : casts) {
      assertThat(cast.get()).isEqualTo(200);
    }
    pool.shutdown();
    assertThat(ballotsInDatabase(vote)).isEqualTo(MEMBERS);

    // The database itself refuses a second ballot of the same member.
    assertThatThrownBy(() -> duplicateBallot(vote))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ballot_one_per_voter");

    // Ten votes closing at the same moment, with both nodes' closers running.
    Instant together = Instant.now().plusSeconds(4);
    List<Long> racing = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long g = frozenGuideline(member, steward, "Closing race " + i);
      racing.add(
          steward
              .post("/api/votes", voteRules(g, together, 0, "SIMPLE"))
              .json()
              .getJsonNumber("id")
              .longValue());
    }
    racing.add(vote);
    for (long id : racing) {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  "CLOSED"
                      .equals(
                          nodeB
                              .as(tokens.get(0))
                              .get("/api/votes/" + id)
                              .json()
                              .getString("state")));
    }

    var result = nodeB.get("/api/votes/" + vote).json().getJsonObject("result");
    var recount = nodeA.get("/api/votes/" + vote + "/recount").json();
    assertThat(result.getInt("ballots")).isEqualTo(MEMBERS);
    assertThat(recount.getInt("ballots")).isEqualTo(MEMBERS);
    assertThat(recount.getInt("yes")).isEqualTo(result.getInt("yes"));
    assertThat(recount.getInt("no")).isEqualTo(result.getInt("no"));
    assertThat(recount.getInt("abstain")).isEqualTo(result.getInt("abstain"));
    assertThat(recount.getBoolean("matchesResult")).isTrue();

    Map<Long, Integer> closes = closedEvents();
    for (long id : racing) {
      assertThat(closes.get(id)).as("vote.closed entries for vote " + id).isEqualTo(1);
    }
  }

  private static long frozenGuideline(Api member, Api steward, String title) {
    Reply started =
        member.post("/api/guidelines", draft(title, "A model's notes are marked as supplied."));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    long id = started.json().getJsonNumber("id").longValue();
    Reply frozen = steward.post("/api/guidelines/" + id + "/freeze", "{\"revision\":1}");
    assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
    return id;
  }

  private static long ballotsInDatabase(long vote) throws SQLException {
    try (var db = PostgresServer.shared().connect(DATABASE);
        var count = db.prepareStatement("select count(*) from ballot where vote_id = ?")) {
      count.setLong(1, vote);
      try (var rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void duplicateBallot(long vote) throws SQLException {
    try (var db = PostgresServer.shared().connect(DATABASE);
        var insert =
            db.prepareStatement(
                "insert into ballot (id, vote_id, voter_id, choice, receipt, cast_at)"
                    + " select nextval('ballot_seq'), vote_id, voter_id, 'YES', 'forged-receipt', now()"
                    + " from ballot where vote_id = ? limit 1")) {
      insert.setLong(1, vote);
      insert.executeUpdate();
    }
  }

  /** How many vote.closed events the ledger holds per vote, sealed or still pending. */
  private static Map<Long, Integer> closedEvents() throws SQLException {
    var counts = new HashMap<Long, Integer>();
    try (var db = PostgresServer.shared().connect(DATABASE);
        var query =
            db.prepareStatement(
                "select subject from ledger_entry where event_type = 'vote.closed'"
                    + " union all select subject from ledger_pending where event_type = 'vote.closed'");
        var rows = query.executeQuery()) {
      while (rows.next()) {
        counts.merge(
            Long.parseLong(rows.getString(1).substring("vote:".length())), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
