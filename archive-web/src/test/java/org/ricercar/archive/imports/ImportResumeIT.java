package org.ricercar.archive.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.KeycloakServer;
import org.ricercar.archive.it.PayaraMicroServer;
import org.ricercar.archive.it.PostgresServer;
import org.ricercar.archive.it.ScoreFiles;

/**
 * An import interrupted by a crash: the server is killed with SIGKILL while a bulk import runs on
 * PostgreSQL. After the restart the job says it was interrupted and its report lists exactly the
 * files it finished; resumed, it completes with every file imported once and no work duplicated.
 */
class ImportResumeIT {

  private static final String DATABASE = "ricercar_import_resume";
  private static final int FILES = 300;

  private PayaraMicroServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void anImportKilledHalfwayReportsWhatItFinishedAndResumesWithoutDuplicates() throws Exception {
    PostgresServer.shared().recreateDatabase(DATABASE);
    Map<String, String> settings = PayaraMicroServer.onPostgres(DATABASE);
    server = PayaraMicroServer.start("import-before", settings);
    String marker = "Resume " + UUID.randomUUID().toString().substring(0, 8);
    var entries = new LinkedHashMap<String, byte[]>();
    for (int i = 0; i < FILES; i++) {
      entries.put(
          String.format("songs/%03d.musicxml", i),
          ScoreFiles.musicXml(marker + " song " + i, "Composer " + (i % 7) + " " + marker));
    }
    Api uploader = Api.anonymous().as(KeycloakServer.shared().token("librarian"));
    var started =
        uploader.postBytes(
            "/api/imports?name=songs.zip&rights=" + ScoreFiles.CC0,
            "application/zip",
            ScoreFiles.zip(entries));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String job = "/api/imports/" + started.json().getJsonNumber("id").longValue();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> uploader.get(job).json().getInt("processedFiles") >= 30);

    server.kill();
    server = PayaraMicroServer.start("import-after", settings);
    Api librarian = Api.anonymous().as(KeycloakServer.shared().token("librarian"));

    JsonObject interrupted = librarian.get(job).json();
    int finished = interrupted.getInt("processedFiles");
    assertThat(interrupted.getString("state")).isEqualTo("INTERRUPTED");
    assertThat(finished).isBetween(30, FILES - 1);
    assertThat(librarian.get(job + "/items?size=1").json().getInt("totalItems"))
        .as("the report lists exactly the files counted as finished")
        .isEqualTo(finished);
    assertThat(works(marker)).as("each finished file's work, and no other").isEqualTo(finished);

    assertThat(librarian.send("POST", job + "/resume", null, null, null).status()).isEqualTo(202);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> librarian.get(job).json().getString("state").equals("COMPLETED"));

    JsonObject completed = librarian.get(job).json();
    assertThat(completed.getInt("processedFiles")).isEqualTo(FILES);
    assertThat(completed.getInt("imported")).isEqualTo(FILES);
    assertThat(completed.getInt("duplicates")).isZero();
    assertThat(librarian.get(job + "/items?size=1").json().getInt("totalItems")).isEqualTo(FILES);
    assertThat(works(marker)).isEqualTo(FILES);
    assertThat(Api.anonymous().get("/api/ledger/verify").json().getBoolean("intact")).isTrue();
  }

  private static long works(String marker) throws Exception {
    try (var db = PostgresServer.shared().connect(DATABASE);
        var count = db.prepareStatement("SELECT count(*) FROM work WHERE title LIKE ?")) {
      count.setString(1, marker + "%");
      try (var result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
