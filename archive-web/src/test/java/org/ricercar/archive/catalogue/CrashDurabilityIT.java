package org.ricercar.archive.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ricercar.archive.it.CatalogueJson.aPerson;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PayaraMicroServer;
import org.ricercar.archive.it.PostgresServer;

/**
 * A write the API acknowledged is never lost: the server is killed with SIGKILL in the middle of a
 * stream of concurrent writes to PostgreSQL, restarted, and every acknowledged record must be
 * there, as acknowledged.
 */
class CrashDurabilityIT {

  private static final String DATABASE = "ricercar_crash";
  private static final int WRITERS = 4;

  private PayaraMicroServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void acknowledgedWritesSurviveAKillDashNine() throws Exception {
    PostgresServer.shared().recreateDatabase(DATABASE);
    Map<String, String> settings = PayaraMicroServer.onPostgres(DATABASE);
    server = PayaraMicroServer.start("crash-before", settings);
    Api librarian = Api.anonymous().as(KeycloakServer.shared().token("librarian"));

    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    var writing = new AtomicBoolean(true);
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    for (int w = 0; w < WRITERS; w++) {
      writers.submit(
          () -> {
            while (writing.get()) {
              String person = aPerson().json();
              try {
                var reply = librarian.post("/api/people", person);
                if (reply.status() == 201) {
                  acknowledged.put(
                      reply.json().getJsonNumber("id").longValue(), reply.json().getString("name"));
                }
              } catch (RuntimeException connectionLost) {
                // the server is gone: writes in flight were never acknowledged
              }
            }
          });
    }
    while (acknowledged.size() < 300) {
      Thread.sleep(20);
    }
    server.kill();
    int acknowledgedAtKill = acknowledged.size();
    writing.set(false);
    writers.shutdown();
    assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    server = PayaraMicroServer.start("crash-after", settings);

    Api visitor = Api.anonymous();
    List<Long> missing =
        acknowledged.entrySet().stream()
            .filter(
                e -> {
                  var reply = visitor.get("/api/people/" + e.getKey());
                  return reply.status() != 200
                      || !reply.json().getString("name").equals(e.getValue());
                })
            .map(Map.Entry::getKey)
            .toList();
    assertThat(acknowledgedAtKill).isGreaterThanOrEqualTo(300);
    assertThat(missing).as("acknowledged but lost").isEmpty();
    try (var db = PostgresServer.shared().connect(DATABASE);
        var count =
            db.createStatement()
                .executeQuery("SELECT count(*) FROM revision WHERE record_kind = 'PERSON'")) {
      count.next();
      assertThat(count.getLong(1))
          .as("each acknowledged person has its creation revision")
          .isGreaterThanOrEqualTo(acknowledged.size());
    }
    assertThat(visitor.get("/api/ledger/verify").json().getBoolean("intact")).isTrue();
  }
}
