package org.ricercar.archive.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ricercar.archive.it.CatalogueJson.aCollection;
import static org.ricercar.archive.it.CatalogueJson.aPerson;
import static org.ricercar.archive.it.CatalogueJson.aSource;
import static org.ricercar.archive.it.CatalogueJson.aWork;

import jakarta.json.JsonString;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ricercar.archive.RicercarApplication;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Api.Reply;
import org.ricercar.archive.it.Deployments;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.MemberAccounts;
import org.ricercar.archive.it.ScoreFiles;

/**
 * Who may call what, against a real Keycloak: for every endpoint of the API, anonymous callers,
 * callers with the wrong role and callers with the right role get 401, 403 and 2xx. Tokens that are
 * expired, tampered with, from another issuer or for another audience are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

  private static final String PERSON = aPerson().json();

  @Deployment(testable = false)
  @TargetsContainer("h2")
  static WebArchive application() {
    KeycloakServer.shared();
    return Deployments.application();
  }

  /** One endpoint, how to call it validly, and who may. */
  record Endpoint(
      String method, String template, String role, BiFunction<Api, Fixture, Reply> call) {
    @Override
    public String toString() {
      return method + " " + template + (role == null ? " (public)" : " (" + role + ")");
    }
  }

  static List<Endpoint> endpoints() {
    return List.of(
        open("GET", "/api/works", (api, f) -> api.get("/api/works")),
        open("GET", "/api/works/{id}", (api, f) -> api.get(f.work())),
        open("GET", "/api/people", (api, f) -> api.get("/api/people?q=farrenc")),
        open("GET", "/api/people/{id}", (api, f) -> api.get(f.person())),
        open("GET", "/api/sources", (api, f) -> api.get("/api/sources")),
        open("GET", "/api/sources/{id}", (api, f) -> api.get(f.source())),
        open("GET", "/api/collections", (api, f) -> api.get("/api/collections?topLevel=true")),
        open("GET", "/api/collections/{id}", (api, f) -> api.get(f.collection())),
        open("GET", "/api/{kind}/{id}/revisions", (api, f) -> api.get(f.work() + "/revisions")),
        open(
            "GET",
            "/api/{kind}/{id}/revisions/{number}",
            (api, f) -> api.get(f.source() + "/revisions/1")),
        open("GET", "/api/config", (api, f) -> api.get("/api/config")),
        open("GET", "/api/ledger/verify", (api, f) -> api.get("/api/ledger/verify")),
        open("GET", "/api/works/{id}/provenance", (api, f) -> api.get(f.work() + "/provenance")),
        open("GET", "/api/works/{id}/files", (api, f) -> api.get(f.work() + "/files")),
        open("GET", "/api/sources/{id}/files", (api, f) -> api.get(f.source() + "/files")),
        open("GET", "/api/files/{id}", (api, f) -> api.get(f.file())),
        open("GET", "/api/files/{id}/content", (api, f) -> api.get(f.file() + "/content")),
        open("GET", "/api/search", (api, f) -> api.get("/api/search?q=trio&genre=Trio")),
        open("GET", "/api/search/melody", (api, f) -> api.get("/api/search/melody?melody=c+d+e+c")),
        open("GET", "/api/suggest", (api, f) -> api.get("/api/suggest?prefix=tr")),
        open("GET", "/api/framework", (api, f) -> api.get("/api/framework")),
        open("GET", "/api/guidelines", (api, f) -> api.get("/api/guidelines?state=ADOPTED")),
        open("GET", "/api/guidelines/{id}", (api, f) -> api.get(f.votedGuideline())),
        open(
            "GET",
            "/api/guidelines/{id}/revisions/{number}",
            (api, f) -> api.get(f.votedGuideline() + "/revisions/1")),
        open(
            "GET",
            "/api/guidelines/{id}/diff",
            (api, f) -> api.get(f.votedGuideline() + "/diff?from=1&to=1")),
        open(
            "GET",
            "/api/guidelines/{id}/comments",
            (api, f) -> api.get(f.votedGuideline() + "/comments")),
        open(
            "GET",
            "/api/guidelines/{id}/amendments",
            (api, f) -> api.get(f.votedGuideline() + "/amendments")),
        open(
            "GET",
            "/api/guidelines/{id}/provenance",
            (api, f) -> api.get(f.votedGuideline() + "/provenance")),
        open("GET", "/api/votes", (api, f) -> api.get("/api/votes?state=CLOSED")),
        open("GET", "/api/votes/{id}", (api, f) -> api.get(f.closedVote())),
        open("GET", "/api/votes/{id}/ballots", (api, f) -> api.get(f.closedVote() + "/ballots")),
        open("GET", "/api/votes/{id}/recount", (api, f) -> api.get(f.closedVote() + "/recount")),
        open(
            "GET",
            "/api/votes/{id}/provenance",
            (api, f) -> api.get(f.closedVote() + "/provenance")),
        member("POST", "/api/guidelines", (api, f) -> api.post("/api/guidelines", Fixture.DRAFT)),
        member(
            "PUT",
            "/api/guidelines/{id}",
            (api, f) -> api.put(f.draft(), Fixture.DRAFT, f.etag(f.draft()))),
        member(
            "POST",
            "/api/guidelines/{id}/comments",
            (api, f) ->
                api.post(
                    f.draft() + "/comments", "{\"clauseKey\": \"c1\", \"body\": \"Agreed.\"}")),
        member(
            "POST",
            "/api/guidelines/{id}/amendments",
            (api, f) -> api.post(f.draft() + "/amendments", Fixture.AMENDMENT)),
        member(
            "POST",
            "/api/guidelines/{id}/amendments/{amendment}/acceptance",
            (api, f) -> api.post(f.amendment() + "/acceptance", "")),
        member(
            "POST",
            "/api/guidelines/{id}/amendments/{amendment}/rejection",
            (api, f) -> api.post(f.amendment() + "/rejection", "{\"reason\": \"Not now.\"}")),
        member(
            "POST",
            "/api/guidelines/{id}/reopen",
            (api, f) -> api.post(f.reopenableGuideline() + "/reopen", "")),
        steward(
            "POST",
            "/api/guidelines/{id}/freeze",
            (api, f) -> api.post(f.draft() + "/freeze", "{\"revision\": 1}")),
        steward("POST", "/api/votes", (api, f) -> api.post("/api/votes", f.voteRules())),
        member(
            "PUT",
            "/api/votes/{id}/ballot",
            (api, f) -> api.put(f.openVote() + "/ballot", "{\"choice\": \"ABSTAIN\"}", null)),
        member("GET", "/api/votes/{id}/ballot", (api, f) -> api.get(f.openVote() + "/ballot")),
        librarian(
            "POST",
            "/api/works",
            (api, f) -> api.post("/api/works", aWork().by(f.personId()).json())),
        librarian(
            "PUT",
            "/api/works/{id}",
            (api, f) -> api.put(f.work(), aWork().by(f.personId()).json(), f.etag(f.work()))),
        librarian(
            "PATCH",
            "/api/works/{id}",
            (api, f) -> api.patch(f.work(), "{\"genre\": \"Nonet\"}", f.etag(f.work()))),
        librarian("POST", "/api/people", (api, f) -> api.post("/api/people", PERSON)),
        librarian(
            "PUT",
            "/api/people/{id}",
            (api, f) -> api.put(f.person(), aPerson().json(), f.etag(f.person()))),
        librarian(
            "PATCH",
            "/api/people/{id}",
            (api, f) -> api.patch(f.person(), "{\"born\": \"1804\"}", f.etag(f.person()))),
        librarian(
            "POST",
            "/api/sources",
            (api, f) -> api.post("/api/sources", aSource().of(f.workId()).json())),
        librarian(
            "PUT",
            "/api/sources/{id}",
            (api, f) -> api.put(f.source(), aSource().of(f.workId()).json(), f.etag(f.source()))),
        librarian(
            "PATCH",
            "/api/sources/{id}",
            (api, f) -> api.patch(f.source(), "{\"shelfmark\": \"Mus. 1\"}", f.etag(f.source()))),
        librarian(
            "POST",
            "/api/collections",
            (api, f) -> api.post("/api/collections", aCollection().json())),
        librarian(
            "PUT",
            "/api/collections/{id}",
            (api, f) ->
                api.put(
                    f.collection(),
                    aCollection().containing(f.workId()).json(),
                    f.etag(f.collection()))),
        librarian(
            "PATCH",
            "/api/collections/{id}",
            (api, f) ->
                api.patch(f.collection(), "{\"description\": \"Songs\"}", f.etag(f.collection()))),
        librarian(
            "PUT",
            "/api/{kind}/{id}/withdrawal",
            (api, f) ->
                api.put(
                    f.source() + "/withdrawal", "{\"reason\": \"duplicate\"}", f.etag(f.source()))),
        librarian(
            "DELETE",
            "/api/{kind}/{id}/withdrawal",
            (api, f) ->
                api.delete(f.withdrawnSource() + "/withdrawal", f.etag(f.withdrawnSource()))),
        librarian(
            "POST",
            "/api/{kind}/{id}/revisions/{number}/restore",
            (api, f) ->
                api.send(
                    "POST",
                    f.editedWork() + "/revisions/1/restore",
                    null,
                    null,
                    f.etag(f.editedWork()))),
        librarian("POST", "/api/sources/{id}/files", (api, f) -> f.uploadTo(api)),
        librarian("POST", "/api/imports", (api, f) -> f.startImport(api)),
        librarian("GET", "/api/imports", (api, f) -> api.get("/api/imports")),
        librarian("GET", "/api/imports/{id}", (api, f) -> api.get(f.importJob())),
        librarian("GET", "/api/imports/{id}/items", (api, f) -> api.get(f.importJob() + "/items")),
        librarian(
            "POST",
            "/api/imports/{id}/resume",
            (api, f) -> api.send("POST", f.importJob() + "/resume", null, null, null)),
        admin(
            "POST",
            "/api/imports/folder",
            (api, f) ->
                api.post(
                    "/api/imports/folder",
                    "{\"folder\": \""
                        + f.importFolder()
                        + "\", \"rights\": \""
                        + ScoreFiles.CC0
                        + "\"}")),
        librarian("GET", "/api/fixity", (api, f) -> api.get("/api/fixity")),
        librarian("GET", "/api/fixity/checks", (api, f) -> api.get("/api/fixity/checks")),
        librarian(
            "POST",
            "/api/fixity/runs",
            (api, f) -> api.send("POST", "/api/fixity/runs", null, null, null)),
        admin("GET", "/api/search/status", (api, f) -> api.get("/api/search/status")),
        admin(
            "POST",
            "/api/search/rebuilds",
            (api, f) -> api.send("POST", "/api/search/rebuilds", null, null, null)),
        admin("GET", "/api/members", (api, f) -> api.get("/api/members?search=member")),
        admin("GET", "/api/members/{id}", (api, f) -> api.get("/api/members/" + f.memberId())),
        admin(
            "GET",
            "/api/members/{id}/history",
            (api, f) -> api.get("/api/members/" + f.memberId() + "/history")),
        admin(
            "PUT",
            "/api/members/{id}/roles/{role}",
            (api, f) -> api.put("/api/members/" + f.memberId() + "/roles/reviewer", "", null)),
        admin(
            "DELETE",
            "/api/members/{id}/roles/{role}",
            (api, f) -> api.delete("/api/members/" + f.memberId() + "/roles/reviewer", null)));
  }

  static Stream<Endpoint> publicEndpoints() {
    return endpoints().stream().filter(e -> e.role() == null);
  }

  static Stream<Endpoint> protectedEndpoints() {
    return endpoints().stream().filter(e -> e.role() != null);
  }

  private final KeycloakServer keycloak = KeycloakServer.shared();
  private final Map<String, Api> callers = new HashMap<>();

  @BeforeEach
  void signIn() {
    Api anonymous = Api.anonymous();
    callers.put("anonymous", anonymous);
    for (String user : List.of("member", "librarian", "steward", "admin", KeycloakServer.VISITOR)) {
      callers.put(user, anonymous.as(keycloak.token(user)));
    }
  }

  @Test
  void everyEndpointOfTheApiIsInTheTable() {
    Set<String> declared = new HashSet<>();
    for (Class<?> type : new RicercarApplication().getClasses()) {
      Path base = type.getAnnotation(Path.class);
      if (base == null) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        String verb = httpMethod(method);
        if (verb != null) {
          Path sub = method.getAnnotation(Path.class);
          declared.add(verb + " " + join("/api", base.value(), sub == null ? "" : sub.value()));
        }
      }
    }

    Set<String> tested =
        endpoints().stream().map(e -> e.method() + " " + e.template()).collect(Collectors.toSet());

    assertThat(tested).containsExactlyInAnyOrderElementsOf(declared);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicEndpoints")
  void publicEndpointsAnswerAnyone(Endpoint endpoint) {
    var fixture = new Fixture(callers);

    assertThat(endpoint.call().apply(callers.get("anonymous"), fixture).status()).isEqualTo(200);
    assertThat(endpoint.call().apply(callers.get("member"), fixture).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("protectedEndpoints")
  void protectedEndpointsNeedTheirRole(Endpoint endpoint) {
    var fixture = new Fixture(callers);
    String wrongRole =
        switch (endpoint.role()) {
          case Roles.ADMIN -> "librarian";
          case Roles.MEMBER -> KeycloakServer.VISITOR;
          default -> "member";
        };

    Reply anonymous = endpoint.call().apply(callers.get("anonymous"), fixture);
    Reply forbidden = endpoint.call().apply(callers.get(wrongRole), fixture);
    Reply allowed = endpoint.call().apply(callers.get(endpoint.role()), fixture);

    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(forbidden.status()).as(forbidden.toString()).isEqualTo(403);
    assertThat(allowed.status()).as(allowed.toString()).isBetween(200, 299);
  }

  @Test
  void anExpiredTokenIsRefused() {
    Api holder = Api.anonymous().as(keycloak.shortLivedToken("librarian"));
    assertThat(holder.post("/api/people", PERSON).status()).isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> assertThat(holder.post("/api/people", PERSON).status()).isEqualTo(401));
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = keycloak.token("member");
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.replace("\"member\"", "\"librarian\"").getBytes());
    Reply reply =
        Api.anonymous().as(parts[0] + "." + forged + "." + parts[2]).post("/api/people", PERSON);

    assertThat(payload).contains("\"member\"");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    assertThat(Api.anonymous().as(keycloak.foreignToken()).post("/api/people", PERSON).status())
        .isEqualTo(401);
  }

  @Test
  void aTokenIssuedForAnotherAudienceIsRefused() {
    assertThat(
            Api.anonymous()
                .as(keycloak.tokenWithoutAudience("librarian"))
                .post("/api/people", PERSON)
                .status())
        .isEqualTo(401);
  }

  @Test
  void roleChangesAreRecordedOnTheLedger() {
    Api admin = callers.get("admin");
    String memberId = new Fixture(callers).memberId();
    long before =
        Api.anonymous()
            .get("/api/ledger/verify")
            .json()
            .getJsonNumber("entriesChecked")
            .longValue();

    Reply granted = admin.put("/api/members/" + memberId + "/roles/steward", "", null);
    Reply revoked = admin.delete("/api/members/" + memberId + "/roles/steward", null);

    assertThat(granted.json().getJsonArray("roles").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .contains("steward");
    assertThat(revoked.json().getJsonArray("roles").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .doesNotContain("steward");
    var history = admin.get("/api/members/" + memberId + "/history").jsonArray();
    assertThat(history.getJsonObject(0).getString("type")).isEqualTo("member.role-revoked");
    assertThat(history.getJsonObject(1).getString("type")).isEqualTo("member.role-granted");
    assertThat(history.getJsonObject(1).getString("actor")).isEqualTo("user:admin");
    // The sealer chains committed events moments after their commit.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              var verification = Api.anonymous().get("/api/ledger/verify").json();
              assertThat(verification.getBoolean("intact")).isTrue();
              assertThat(verification.getJsonNumber("entriesChecked").longValue())
                  .isGreaterThanOrEqualTo(before + 2);
            });
  }

  @Test
  void anAdminCannotRevokeTheirOwnAdminRole() {
    Api admin = callers.get("admin");
    String adminId = MemberAccounts.idOf(admin, "admin");

    Reply refused = admin.delete("/api/members/" + adminId + "/roles/admin", null);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(admin.get("/api/members/" + adminId).json().toString()).contains("\"admin\"");
  }

  private static Endpoint open(
      String method, String template, BiFunction<Api, Fixture, Reply> call) {
    return new Endpoint(method, template, null, call);
  }

  private static Endpoint librarian(
      String method, String template, BiFunction<Api, Fixture, Reply> call) {
    return new Endpoint(method, template, Roles.LIBRARIAN, call);
  }

  private static Endpoint member(
      String method, String template, BiFunction<Api, Fixture, Reply> call) {
    return new Endpoint(method, template, Roles.MEMBER, call);
  }

  private static Endpoint steward(
      String method, String template, BiFunction<Api, Fixture, Reply> call) {
    return new Endpoint(method, template, Roles.STEWARD, call);
  }

  private static Endpoint admin(
      String method, String template, BiFunction<Api, Fixture, Reply> call) {
    return new Endpoint(method, template, Roles.ADMIN, call);
  }

  private static String httpMethod(Method method) {
    for (var annotation : List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)) {
      if (method.isAnnotationPresent(annotation)) {
        return annotation.getSimpleName();
      }
    }
    return null;
  }

  private static String join(String... segments) {
    return "/"
        + Arrays.stream(segments)
            .map(s -> s.replaceAll("^/+|/+$", ""))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining("/"));
  }
}
