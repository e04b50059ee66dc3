package org.ricercar.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.ItSettings;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.MemberAccounts;

/**
 * ricercar.ear on a real Payara Server 7: the three modules deploy together, the application is
 * ready, the catalogue answers through the web module, and the governance EJB module writes the
 * ledger in the same transaction as a member's role change.
 */
class EarDeploymentIT {

  private static PayaraServerDomain server;
  private static Api anonymous;

  @BeforeAll
  static void deploy() {
    Path ear = Path.of(ItSettings.require("ricercar.it.ear"));
    Path payara = Path.of(ItSettings.require("ricercar.it.payaraHome"));
    PayaraServerDomain.requireExists(ear, "ricercar.ear");
    PayaraServerDomain.requireExists(payara, "The Payara Server distribution");
    int portBase = Integer.parseInt(ItSettings.require("ricercar.it.serverPortBase"));
    if (portBase + 80 != ItSettings.appPort()) {
      throw new IllegalStateException(
          "ricercar.it.httpPort must be ricercar.it.serverPortBase + 80");
    }
    KeycloakServer keycloak = KeycloakServer.shared();
    server = new PayaraServerDomain(payara, ItSettings.dir().resolve("domains"), portBase);
    server.create(
        Map.of(
            "ricercar.db.datasource-class",
            "org.h2.jdbcx.JdbcDataSource",
            "ricercar.db.url",
            "jdbc:h2:file:" + ItSettings.dir().resolve("data/db/ricercar"),
            "ricercar.db.user",
            "ricercar",
            "ricercar.db.password",
            "ricercar-ear-test",
            "ricercar.identity.url",
            keycloak.url(),
            "ricercar.identity.admin-client-secret",
            ItSettings.adminClientSecret()));
    server.start();
    server.deploy(ear);
    anonymous = Api.at(server.url());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void theApplicationIsReady() {
    var ready = anonymous.get("/health/ready");

    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void aLibrarianCataloguesAWorkThatAnyoneCanRead() {
    Api librarian = anonymous.as(KeycloakServer.shared().token("librarian"));

    var person =
        librarian.post("/api/people", "{\"name\": \"Johanna Kinkel\", \"born\": \"1810-07-08\"}");
    long personId = person.json().getJsonNumber("id").longValue();
    var work =
        librarian.post(
            "/api/works", "{\"title\": \"Die Vogelkantate\", \"composerIds\": [" + personId + "]}");

    assertThat(work.status()).as(work.toString()).isEqualTo(201);
    var read = anonymous.get("/api/works/" + work.json().getInt("id"));
    assertThat(read.json().getJsonArray("composers").getJsonObject(0).getString("name"))
        .isEqualTo("Johanna Kinkel");
    await()
        .atMost(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(anonymous.get("/api/works?q=vogelkantate").json().getInt("totalItems"))
                    .isEqualTo(1));
  }

  @Test
  void aRoleChangeIsWrittenToTheLedgerByTheGovernanceModule() {
    Api admin = anonymous.as(KeycloakServer.shared().token("admin"));
    String memberId = MemberAccounts.idOf(admin, "reviewer");

    var granted = admin.put("/api/members/" + memberId + "/roles/restorer", "", null);

    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(admin.get("/api/members/" + memberId + "/history").jsonArray()).isNotEmpty();
    var verification = anonymous.get("/api/ledger/verify").json();
    assertThat(verification.getBoolean("intact")).isTrue();
    assertThat(verification.getJsonNumber("entriesChecked").longValue()).isPositive();
  }
}
