package org.ricercar.archive.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ricercar.archive.governance.GovernanceJson.choice;
import static org.ricercar.archive.governance.GovernanceJson.draft;
import static org.ricercar.archive.governance.GovernanceJson.revision;
import static org.ricercar.archive.governance.GovernanceJson.voteRules;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Api.Reply;
import org.ricercar.archive.it.Deployments;
import org.ricercar.archive.it.ItSettings;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.governance.vote.RecountCommand;

/**
 * Governance over HTTP on the embedded default, with real tokens: a guideline drafted, revised,
 * commented, amended, frozen and voted on to adoption, with every forbidden step refused and
 * leaving nothing behind; a vote that closes by itself and publishes a list anyone can recount.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernanceApiIT {

  Api anonymous;
  Api member;
  Api librarian;
  Api steward;

  @Deployment(testable = false)
  @TargetsContainer("h2")
  static WebArchive application() {
    KeycloakServer.shared();
    return Deployments.application();
  }

  @BeforeEach
  void callers() {
    var keycloak = KeycloakServer.shared();
    anonymous = Api.anonymous();
    member = anonymous.as(keycloak.token("member"));
    librarian = anonymous.as(keycloak.token("librarian"));
    steward = anonymous.as(keycloak.token("steward"));
  }

  @Test
  void theFrameworkIsTheRecommendations() {
    JsonObject framework = anonymous.get("/api/framework").json();

    assertThat(framework.getJsonArray("values")).hasSize(4);
    assertThat(framework.getJsonArray("principles")).hasSize(10);
    assertThat(framework.getJsonArray("policyAreas")).hasSize(11);
    assertThat(framework.getJsonArray("principles").getJsonObject(5).getString("name"))
        .isEqualTo("Human oversight and determination");
    assertThat(framework.getJsonArray("policyAreas").getJsonObject(6).getString("name"))
        .isEqualTo("Culture");
  }

  @Test
  void aDraftIsAmendedFrozenAndAdoptedByAVoteThatClosesByItself() throws Exception {
    String title = "Disclosure of supplied notes " + UUID.randomUUID();
    Reply started =
        member.post(
            "/api/guidelines",
            draft(
                title,
                "Every note a model supplied is marked as supplied.",
                "A restoration names the model and its version."));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    JsonObject guideline = started.json();
    long id = guideline.getJsonNumber("id").longValue();
    String path = "/api/guidelines/" + id;
    assertThat(guideline.getString("state")).isEqualTo("DRAFT");
    assertThat(guideline.getJsonObject("current").getInt("number")).isEqualTo(1);
    assertThat(guideline.getBoolean("canEdit")).isTrue();

    // Drafts are for members; only the author (or a steward) revises, against the version read.
    assertThat(anonymous.get(path).status()).isEqualTo(404);
    assertThat(anonymous.post("/api/guidelines", draft("x", "y")).status()).isEqualTo(401);
    String edit =
        revision(guideline, 0, "Every note a model supplied is marked, in every export.", "wider");
    assertThat(librarian.put(path, edit, started.etag()).status()).isEqualTo(403);
    assertThat(member.put(path, edit, null).status()).isEqualTo(428);
    assertThat(member.put(path, edit, "\"999\"").status()).isEqualTo(412);
    Reply revised = member.put(path, edit, started.etag());
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.json().getJsonObject("current").getInt("number")).isEqualTo(2);

    JsonObject diff = member.get(path + "/diff?from=1&to=2").json();
    JsonObject first = diff.getJsonArray("clauses").getJsonObject(0);
    assertThat(first.getString("change")).isEqualTo("CHANGED");
    assertThat(first.getJsonArray("words").getValuesAs(JsonObject.class))
        .anySatisfy(
            w -> {
              assertThat(w.getString("op")).isEqualTo("ADDED");
              assertThat(w.getString("text")).contains("in every export.");
            });
    assertThat(diff.getJsonArray("clauses").getJsonObject(1).getString("change"))
        .isEqualTo("UNCHANGED");

    // Comments: threads one level deep.
    Reply comment =
        librarian.post(
            path + "/comments",
            "{\"clauseKey\":\"c2\",\"body\":\"Which version string: the model's or the tool's?\"}");
    assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
    long commentId = comment.json().getJsonNumber("id").longValue();
    Reply reply =
        member.post(
            path + "/comments",
            "{\"clauseKey\":\"c2\",\"body\":\"The model's.\",\"parentId\":" + commentId + "}");
    assertThat(reply.status()).isEqualTo(201);
    Reply tooDeep =
        librarian.post(
            path + "/comments",
            "{\"clauseKey\":\"c2\",\"body\":\"And?\",\"parentId\":"
                + reply.json().getJsonNumber("id")
                + "}");
    assertThat(tooDeep.status()).isEqualTo(400);
    assertThat(tooDeep.body()).contains("parentId");
    assertThat(member.get(path + "/comments").jsonArray()).hasSize(2);

    // Amendments: one accepted (a new revision crediting its proposer), one rejected with a reason.
    Reply proposed =
        librarian.post(
            path + "/amendments",
            "{\"clauseKey\":\"c2\",\"text\":\"A restoration names the model, its version and its"
                + " training data.\",\"rationale\":\"Readers need the data to judge bias.\"}");
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
    long amendment = proposed.json().getJsonNumber("id").longValue();
    assertThat(librarian.post(path + "/amendments/" + amendment + "/acceptance", "").status())
        .isEqualTo(403);
    Reply accepted = member.post(path + "/amendments/" + amendment + "/acceptance", "");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    JsonObject current = accepted.json().getJsonObject("current");
    assertThat(current.getInt("number")).isEqualTo(3);
    assertThat(current.getString("creditedTo")).isEqualTo("librarian");
    assertThat(current.getJsonArray("clauses").getJsonObject(1).getString("text"))
        .endsWith("its training data.");

    long second =
        librarian
            .post(
                path + "/amendments",
                "{\"clauseKey\":\"c1\",\"text\":\"Notes may be supplied silently.\",\"rationale\":\"Simpler.\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(steward.post(path + "/amendments/" + second + "/rejection", "{}").status())
        .isEqualTo(400);
    Reply rejected =
        steward.post(
            path + "/amendments/" + second + "/rejection",
            "{\"reason\":\"It contradicts the purpose.\"}");
    assertThat(rejected.json().getString("state")).isEqualTo("REJECTED");
    assertThat(member.post(path + "/amendments/" + second + "/acceptance", "").status())
        .isEqualTo(409);

    // The freeze: stewards only, the current revision only; the hash is of the canonical text.
    assertThat(member.post(path + "/freeze", "{\"revision\":3}").status()).isEqualTo(403);
    assertThat(steward.post(path + "/freeze", "{\"revision\":2}").status()).isEqualTo(409);
    Reply frozen = steward.post(path + "/freeze", "{\"revision\":3}");
    assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
    assertThat(frozen.json().getString("state")).isEqualTo("FROZEN");
    JsonObject frozenText = frozen.json().getJsonObject("current");
    String hash = frozenText.getJsonObject("frozen").getString("hash");
    assertThat(hash).isEqualTo(sha256(canonical(frozenText)));

    // Nobody changes a frozen text: not its author, not a steward.
    String late = revision(frozen.json(), 0, "Changed after the freeze.", "late");
    assertThat(member.put(path, late, frozen.etag()).status()).isEqualTo(409);
    assertThat(steward.put(path, late, frozen.etag()).status()).isEqualTo(409);
    assertThat(
            librarian
                .post(
                    path + "/amendments",
                    "{\"clauseKey\":\"c1\",\"text\":\"x\",\"rationale\":\"y\"}")
                .status())
        .isEqualTo(409);
    assertThat(member.get(path + "/revisions/3").json().getJsonObject("frozen").getString("hash"))
        .isEqualTo(hash);

    // The vote: stewards open it; members cast and change ballots; it closes by itself.
    Instant closesAt = Instant.now().plusSeconds(10);
    assertThat(member.post("/api/votes", voteRules(id, closesAt, 0, "SIMPLE")).status())
        .isEqualTo(403);
    Reply opened = steward.post("/api/votes", voteRules(id, closesAt, 0, "SIMPLE"));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long vote = opened.json().getJsonNumber("id").longValue();
    String votePath = "/api/votes/" + vote;
    assertThat(opened.json().getString("revisionHash")).isEqualTo(hash);
    assertThat(opened.json().getInt("electorate")).isGreaterThanOrEqualTo(6);
    assertThat(steward.post("/api/votes", voteRules(id, closesAt, 0, "SIMPLE")).status())
        .isEqualTo(409);
    assertThat(anonymous.get(votePath).status()).isEqualTo(404);

    Reply firstBallot = member.put(votePath + "/ballot", choice("YES"), null);
    assertThat(firstBallot.status()).as(firstBallot.toString()).isEqualTo(200);
    Reply changed = member.put(votePath + "/ballot", choice("NO"), null);
    assertThat(changed.json().getBoolean("replaced")).isTrue();
    String receipt = changed.json().getString("receipt");
    assertThat(receipt).isNotEqualTo(firstBallot.json().getString("receipt"));
    assertThat(librarian.put(votePath + "/ballot", choice("YES"), null).status()).isEqualTo(200);
    assertThat(steward.put(votePath + "/ballot", choice("YES"), null).status()).isEqualTo(200);
    assertThat(member.put(votePath + "/ballot", choice("MAYBE"), null).status()).isEqualTo(400);
    // Nobody votes for someone else, and only the electorate of the opening votes.
    Reply forSomeoneElse =
        librarian.put(votePath + "/ballot", "{\"choice\":\"NO\",\"voter\":\"member\"}", null);
    assertThat(forSomeoneElse.status()).isEqualTo(400);
    String latecomer =
        KeycloakServer.shared()
            .createMembers("late-" + UUID.randomUUID().toString().substring(0, 8) + "-", 1)
            .getFirst();
    Reply latecomerCast =
        anonymous
            .as(KeycloakServer.shared().token(latecomer))
            .put(votePath + "/ballot", choice("YES"), null);
    assertThat(latecomerCast.status()).as(latecomerCast.toString()).isEqualTo(403);

    Reply openReply = member.get(votePath);
    // The vote page counts down on the server's clock, which it learns from this header.
    assertThat(openReply.header("Date").map(DateTimeFormatter.RFC_1123_DATE_TIME::parse))
        .isPresent();
    JsonObject open = openReply.json();
    assertThat(open.getJsonNumber("ballotsCast").longValue()).isEqualTo(3);
    assertThat(open.containsKey("result")).isFalse();
    assertThat(open.getJsonObject("myBallot").getString("choice")).isEqualTo("NO");
    assertThat(anonymous.get(votePath + "/ballots").status()).isEqualTo(409);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "CLOSED".equals(anonymous.get(votePath).json().getString("state", "")));
    JsonObject result = anonymous.get(votePath).json().getJsonObject("result");
    assertThat(result.getInt("yes")).isEqualTo(2);
    assertThat(result.getInt("no")).isEqualTo(1);
    assertThat(result.getInt("abstain")).isZero();
    assertThat(result.getString("outcome")).isEqualTo("ADOPTED");
    assertThat(member.put(votePath + "/ballot", choice("YES"), null).status()).isEqualTo(409);

    // The published list: the voter's latest receipt with their choice; anyone can recount it.
    List<JsonObject> ballots =
        anonymous
            .get(votePath + "/ballots")
            .json()
            .getJsonArray("ballots")
            .getValuesAs(JsonObject.class);
    assertThat(ballots).hasSize(3);
    assertThat(ballots)
        .anySatisfy(
            b -> {
              assertThat(b.getString("receipt")).isEqualTo(receipt);
              assertThat(b.getString("choice")).isEqualTo("NO");
              assertThat(b.getString("voter")).startsWith("v-");
            });
    Reply csv = anonymous.getAccepting(votePath + "/ballots", "text/csv");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(sha256(csv.body())).isEqualTo(result.getString("listHash"));
    RecountCommand.Recount command =
        RecountCommand.recount(HttpClient.newHttpClient(), ItSettings.appUrl().toString(), vote);
    assertThat(command.agrees()).as(String.join("\n", command.lines())).isTrue();
    assertThat(command.lines()).anySatisfy(l -> assertThat(l).contains("yes 2, no 1, abstain 0"));
    JsonObject recount = anonymous.get(votePath + "/recount").json();
    assertThat(recount.getBoolean("matchesResult")).isTrue();
    assertThat(recount.getString("outcome")).isEqualTo("ADOPTED");

    JsonObject adopted = anonymous.get(path).json();
    assertThat(adopted.getString("state")).isEqualTo("ADOPTED");
    assertThat(adopted.getJsonObject("inForce").getInt("revision")).isEqualTo(3);

    // The ledger: one close, ballots without choices, the freeze with its hash, the adoption.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !anonymous.get(votePath + "/provenance").body().contains("\"sequence\":0"));
    List<JsonObject> voteTrail =
        anonymous
            .get(votePath + "/provenance")
            .json()
            .getJsonArray("entries")
            .getValuesAs(JsonObject.class);
    assertThat(voteTrail).filteredOn(e -> e.getString("type").equals("vote.closed")).hasSize(1);
    assertThat(voteTrail).filteredOn(e -> e.getString("type").equals("vote.opened")).hasSize(1);
    assertThat(voteTrail)
        .filteredOn(e -> e.getString("type").equals("vote.ballot-cast"))
        .hasSize(4)
        .allSatisfy(
            e -> assertThat(e.toString()).doesNotContain("YES").doesNotContain("\\\"NO\\\""));
    List<String> guidelineEvents =
        anonymous
            .get(path + "/provenance")
            .json()
            .getJsonArray("entries")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("type"))
            .toList();
    assertThat(guidelineEvents).contains("guideline.frozen", "guideline.adopted");

    // A repeal that too few vote on fails for lack of quorum; the guideline stays in force.
    Reply repeal =
        steward.post(
            "/api/votes",
            Json.createObjectBuilder()
                .add("guidelineId", id)
                .add("kind", "REPEAL")
                .add("closesAt", Instant.now().plusSeconds(3).toString())
                .add("quorum", 100)
                .build()
                .toString());
    assertThat(repeal.status()).as(repeal.toString()).isEqualTo(201);
    String repealPath = "/api/votes/" + repeal.json().getJsonNumber("id");
    assertThat(member.put(repealPath + "/ballot", choice("YES"), null).status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "CLOSED".equals(anonymous.get(repealPath).json().getString("state", "")));
    JsonObject repealResult = anonymous.get(repealPath).json().getJsonObject("result");
    assertThat(repealResult.getString("outcome")).isEqualTo("NO_QUORUM");
    assertThat(repealResult.getBoolean("quorumMet")).isFalse();
    assertThat(anonymous.get(path).json().getString("state")).isEqualTo("ADOPTED");
  }

  @Test
  void aScheduledVoteTakesItsElectorateWhenItOpensByItself() {
    long id =
        member
            .post("/api/guidelines", draft("Scheduled " + UUID.randomUUID(), "x"))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(steward.post("/api/guidelines/" + id + "/freeze", "{\"revision\":1}").status())
        .isEqualTo(200);
    Instant opensAt = Instant.now().plusSeconds(4);
    String rules =
        Json.createObjectBuilder()
            .add("guidelineId", id)
            .add("opensAt", opensAt.toString())
            .add("closesAt", opensAt.plusSeconds(4).toString())
            .add("quorum", 0)
            .build()
            .toString();
    Reply inverted =
        steward.post(
            "/api/votes",
            rules.replace(opensAt.plusSeconds(4).toString(), opensAt.minusSeconds(1).toString()));
    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.body()).contains("opensAt");

    Reply scheduled = steward.post("/api/votes", rules);
    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
    assertThat(scheduled.json().getString("state")).isEqualTo("SCHEDULED");
    assertThat(scheduled.json().getInt("electorate")).isZero();
    String votePath = "/api/votes/" + scheduled.json().getJsonNumber("id");
    assertThat(anonymous.get(votePath).status()).isEqualTo(404);
    assertThat(member.put(votePath + "/ballot", choice("YES"), null).status()).isEqualTo(409);

    // Someone who becomes a member before the opening is in the electorate.
    String newcomer =
        KeycloakServer.shared()
            .createMembers("early-" + UUID.randomUUID().toString().substring(0, 8) + "-", 1)
            .getFirst();
    Api early = anonymous.as(KeycloakServer.shared().token(newcomer));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "OPEN".equals(member.get(votePath).json().getString("state")));
    assertThat(early.get(votePath).json().getBoolean("eligible")).isTrue();
    Reply cast = early.put(votePath + "/ballot", choice("YES"), null);
    assertThat(cast.status()).as(cast.toString()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "CLOSED".equals(anonymous.get(votePath).json().getString("state", "")));
    JsonObject result = anonymous.get(votePath).json().getJsonObject("result");
    assertThat(result.getInt("yes")).isEqualTo(1);
    assertThat(result.getString("outcome")).isEqualTo("ADOPTED");
    List<String> events =
        anonymous
            .get(votePath + "/provenance")
            .json()
            .getJsonArray("entries")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("type"))
            .toList();
    assertThat(events).contains("vote.scheduled", "vote.opened", "vote.closed");
  }

  @Test
  void badRequestsAreRefusedNamingTheFieldAndStoreNothing() {
    long before =
        member.get("/api/guidelines?state=DRAFT").json().getJsonNumber("totalItems").longValue();

    Reply unknownPrinciple =
        member.post(
            "/api/guidelines",
            "{\"title\":\"T\",\"clauses\":[{\"text\":\"x\",\"principles\":[\"speed\"]}]}");
    assertThat(unknownPrinciple.status()).isEqualTo(400);
    assertThat(unknownPrinciple.body()).contains("clauses[0].principles");
    Reply noClauses = member.post("/api/guidelines", "{\"title\":\"T\",\"clauses\":[]}");
    assertThat(noClauses.status()).isEqualTo(400);
    assertThat(noClauses.body()).contains("\"clauses\"");
    Reply untagged =
        member.post(
            "/api/guidelines",
            "{\"title\":\"T\",\"clauses\":[{\"text\":\"x\",\"principles\":[]}]}");
    assertThat(untagged.body()).contains("clauses[0].principles");
    Reply unknownField =
        member.post(
            "/api/guidelines", draft("T", "x").replaceFirst("\\{", "{\"state\":\"ADOPTED\","));
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.body()).contains("state");
    Reply longTitle = member.post("/api/guidelines", draft("x".repeat(10_000), "x"));
    assertThat(longTitle.status()).isEqualTo(400);
    assertThat(longTitle.body()).contains("title");
    Reply badKey =
        member.post(
            "/api/guidelines",
            "{\"title\":\"T\",\"clauses\":[{\"key\":\"c9\",\"text\":\"x\",\"principles\":[\"safety\"]}]}");
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(badKey.body()).contains("clauses[0].key");
    assertThat(member.post("/api/guidelines", "{\"title\":").status()).isEqualTo(400);
    assertThat(member.get("/api/guidelines/999999").status()).isEqualTo(404);

    assertThat(
            member
                .get("/api/guidelines?state=DRAFT")
                .json()
                .getJsonNumber("totalItems")
                .longValue())
        .isEqualTo(before);

    long draft =
        member
            .post("/api/guidelines", draft("Not frozen yet", "x"))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            steward
                .post("/api/votes", voteRules(draft, Instant.now().plusSeconds(60), 50, "SIMPLE"))
                .status())
        .isEqualTo(409);
    Reply past =
        steward.post("/api/votes", voteRules(draft, Instant.now().minusSeconds(60), 50, "SIMPLE"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body()).contains("closesAt");
    assertThat(
            steward
                .post("/api/votes", voteRules(draft, Instant.now().plusSeconds(60), 101, "SIMPLE"))
                .body())
        .contains("quorum");
    assertThat(member.get("/api/guidelines/" + draft + "/diff?from=1&to=7").status())
        .isEqualTo(404);
  }

  /** The canonical text of a revision, rebuilt from the API's answer as any member could. */
  private static String canonical(JsonObject revision) {
    JsonArrayBuilder clauses = Json.createArrayBuilder();
    for (JsonObject clause : revision.getJsonArray("clauses").getValuesAs(JsonObject.class)) {
      clauses.add(
          Json.createObjectBuilder()
              .add("key", clause.getString("key"))
              .add("number", clause.getInt("number"))
              .add("text", clause.getString("text"))
              .add("principles", clause.getJsonArray("principles"))
              .add("policyArea", clause.getOrDefault("policyArea", JsonValue.NULL))
              .add("rule", clause.getOrDefault("rule", JsonValue.NULL)));
    }
    return Json.createObjectBuilder()
        .add("title", revision.getString("title"))
        .add("purpose", revision.getOrDefault("purpose", JsonValue.NULL))
        .add("clauses", clauses)
        .build()
        .toString();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
