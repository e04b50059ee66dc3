package org.ricercar.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ricercar.archive.it.CatalogueJson.aPerson;
import static org.ricercar.archive.it.CatalogueJson.aWork;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Folders;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PayaraMicroServer;
import org.ricercar.archive.it.PostgresServer;
import org.ricercar.archive.it.SyntheticCatalogue;

/**
 * A rebuild of the search index killed halfway: the server is killed with SIGKILL while it rebuilds
 * from 20,000 works on PostgreSQL and while works are being catalogued. On disk the index is still
 * sound (Lucene's CheckIndex); on restart it opens, runs the rebuild again, replays the ledger and
 * then holds exactly the catalogue's published works.
 */
class SearchIndexCrashIT {

  private static final String DATABASE = "ricercar_search_crash";
  private static final int WORKS = 20_000;

  private PayaraMicroServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aRebuildKilledHalfwayLeavesASoundIndexThatCatchesUpExactly() throws Exception {
    PostgresServer.shared().recreateDatabase(DATABASE);
    Map<String, String> settings = PayaraMicroServer.onPostgres(DATABASE);
    Path folder = Path.of(settings.get("ricercar.data.dir")).resolve("index");
    Folders.deleteRecursively(folder);
    server = PayaraMicroServer.start("search-crash-before", settings);
    try (var connection = PostgresServer.shared().connect(DATABASE)) {
      var catalogue = new SyntheticCatalogue(42, 500);
      catalogue.insert(connection, catalogue.works(WORKS));
    }
    Api admin = Api.anonymous().as(KeycloakServer.shared().token("admin"));
    Api librarian = Api.anonymous().as(KeycloakServer.shared().token("librarian"));
    String marker = "Crash" + UUID.randomUUID().toString().substring(0, 8);
    long composer = id(librarian.post("/api/people", aPerson().named("Maria Szymanowska").json()));
    long before =
        id(librarian.post("/api/works", aWork().titled(marker + " before").by(composer).json()));

    assertThat(admin.post("/api/search/rebuilds", "").status()).isEqualTo(202);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> rebuild(admin).getJsonNumber("indexed").longValue() >= 2_000);
    long during =
        id(librarian.post("/api/works", aWork().titled(marker + " during").by(composer).json()));
    server.kill();
    server = null;

    assertThat(committedData(folder))
        .as("killed before the rebuild finished")
        .containsKey("ricercar.rebuilding");
    try (var directory = FSDirectory.open(folder);
        var check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }

    server = PayaraMicroServer.start("search-crash-after", settings);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonObject status = admin.get("/api/search/status").json();
              return status.getJsonObject("rebuild").getString("state").equals("FINISHED")
                  && status.getJsonNumber("lag").longValue() == 0;
            });
    long after =
        id(librarian.post("/api/works", aWork().titled(marker + " after").by(composer).json()));
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(
                        Api.anonymous()
                            .get("/api/search?q=" + marker)
                            .json()
                            .getJsonNumber("total")
                            .longValue())
                    .isEqualTo(3));
    server.stop();
    server = null;

    Set<String> published = publishedIds();
    assertThat(published)
        .hasSize(WORKS + 3)
        .contains(Long.toString(before), Long.toString(during), Long.toString(after));
    assertThat(indexedIds(folder)).isEqualTo(published);
    assertThat(committedData(folder)).doesNotContainKey("ricercar.rebuilding");
  }

  private static JsonObject rebuild(Api admin) {
    return admin.get("/api/search/status").json().getJsonObject("rebuild");
  }

  private static long id(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  private static Map<String, String> committedData(Path folder) throws IOException {
    try (var directory = FSDirectory.open(folder);
        var reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData();
    }
  }

  private static Set<String> indexedIds(Path folder) throws IOException {
    var ids = new HashSet<String>();
    try (var directory = FSDirectory.open(folder);
        var reader = DirectoryReader.open(directory)) {
      var stored = reader.storedFields();
      var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          ids.add(stored.document(doc, Set.of("id")).get("id"));
        }
      }
    }
    return ids;
  }

  private static Set<String> publishedIds() throws SQLException {
    var ids = new HashSet<String>();
    try (var connection = PostgresServer.shared().connect(DATABASE);
        var rows =
            connection
                .createStatement()
                .executeQuery("SELECT id FROM work WHERE withdrawn_at IS NULL")) {
      while (rows.next()) {
        ids.add(Long.toString(rows.getLong(1)));
      }
    }
    return ids;
  }
}
