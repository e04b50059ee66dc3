package org.ricercar.archive.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ricercar.archive.it.CatalogueJson.aPerson;
import static org.ricercar.archive.it.CatalogueJson.aSource;
import static org.ricercar.archive.it.CatalogueJson.aWork;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.ricercar.archive.it.ScoreFiles;

/**
 * Scores in the archive over HTTP, on the embedded default: uploads read and stored (or rejected
 * and not stored), downloads served safely, bulk imports that report per file and change nothing
 * when repeated, fixity audits that notice a changed byte, and the provenance trail of it all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoresApiIT {

  private static final String CC0 = ScoreFiles.CC0;

  Api anonymous;
  Api librarian;

  @Deployment(testable = false)
  @TargetsContainer("h2")
  static WebArchive application() {
    KeycloakServer.shared();
    return Deployments.application();
  }

  @BeforeEach
  void callers() {
    anonymous = Api.anonymous();
    librarian = anonymous.as(KeycloakServer.shared().token("librarian"));
  }

  @Test
  void anUploadedScoreIsStoredReadAndFillsInItsWork() {
    long source = newSource();
    long work =
        librarian
            .get("/api/sources/" + source)
            .json()
            .getJsonObject("work")
            .getJsonNumber("id")
            .longValue();
    byte[] song = ScoreFiles.musicXml("Abendlied " + unique(), "Zumsteeg, Emilie");

    Reply uploaded =
        librarian.postBytes(
            "/api/sources/" + source + "/files?name=abendlied.musicxml&rights=" + CC0,
            "application/octet-stream",
            song);

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    JsonObject file = uploaded.json();
    assertThat(file.getString("format")).isEqualTo("MUSICXML");
    assertThat(file.getString("filename")).isEqualTo("abendlied.musicxml");
    assertThat(file.getJsonNumber("size").longValue()).isEqualTo(song.length);
    String incipit = file.getJsonObject("extracted").getString("incipit");
    assertThat(incipit)
        .isEqualTo(
            "G4:1/4 Bb4:1/4 Eb5:1/4 D5:1/4 C5:1/4 Bb4:1/4 Ab4:1/4 G4:1/4 F4:1/4 Eb4:1/4 F4:1/4"
                + " G4:1/4");
    JsonObject workView = anonymous.get("/api/works/" + work).json();
    assertThat(workView.getString("incipit")).isEqualTo(incipit);
    assertThat(workView.getString("metre")).isEqualTo("3/4");

    Reply download = anonymous.get("/api/files/" + file.getInt("id") + "/content");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/vnd.recordare.musicxml+xml");
    assertThat(download.header("Content-Disposition"))
        .hasValueSatisfying(
            v -> assertThat(v).startsWith("attachment; filename=\"abendlied.musicxml\""));
    assertThat(download.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(song);
    Path stored = blob(file.getString("sha256"));
    assertThat(stored).exists().hasBinaryContent(song);

    Reply again =
        librarian.postBytes(
            "/api/sources/" + source + "/files?name=copy.musicxml&rights=" + CC0,
            "application/octet-stream",
            song);
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aCatalogueRecordUploadedTwiceIsRefusedTheSecondTime() {
    long source = newSource();
    byte[] record = ScoreFiles.marcRecord(unique(), "Sonata " + unique(), "Fixture, Franziska");
    String upload = "/api/sources/" + source + "/files?name=record.xml&rights=" + CC0;

    Reply first = librarian.postBytes(upload, "application/marcxml+xml", record);
    Reply second = librarian.postBytes(upload, "application/marcxml+xml", record);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getString("format")).isEqualTo("MARCXML");
    assertThat(first.json().getString("locator")).startsWith("001:");
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(anonymous.get("/api/sources/" + source + "/files").jsonArray()).hasSize(1);
  }

  @Test
  void aHostileUploadIsRejectedNamingTheFileAndNothingIsStored() throws IOException {
    long source = newSource();
    Path secret = Files.createTempFile(ItSettings.dir(), "secret", ".txt");
    Files.writeString(secret, "the librarian's password");
    long blobsBefore = blobCount();

    Reply rejected =
        librarian.postBytes(
            "/api/sources/" + source + "/files?name=evil.musicxml&rights=" + CC0,
            "application/octet-stream",
            ScoreFiles.musicXmlReachingFor(secret.toAbsolutePath().toString()));
    Reply zipAsMusicXml =
        librarian.postBytes(
            "/api/sources/" + source + "/files?name=score.musicxml&rights=" + CC0,
            "application/octet-stream",
            ScoreFiles.zip(java.util.Map.of("a.txt", "hello".getBytes())));
    Reply badRights =
        librarian.postBytes(
            "/api/sources/" + source + "/files?name=a.pdf&rights=all-mine",
            "application/pdf",
            ScoreFiles.pdf());

    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(422);
    assertThat(rejected.contentType()).startsWith("application/problem+json");
    assertThat(rejected.json().getString("detail"))
        .startsWith("evil.musicxml: ")
        .contains("external entity not allowed")
        .doesNotContain("password");
    assertThat(zipAsMusicXml.status()).as(zipAsMusicXml.toString()).isEqualTo(422);
    assertThat(zipAsMusicXml.json().getString("detail")).startsWith("score.musicxml: ");
    assertThat(badRights.status()).isEqualTo(400);
    assertThat(badRights.body()).contains("\"rights\"");
    assertThat(anonymous.get("/api/sources/" + source + "/files").jsonArray()).isEmpty();
    assertThat(blobCount()).isEqualTo(blobsBefore);
  }

  @Test
  void aZipImportReportsEachFileAndRepeatingItChangesNothing() {
    String composer = "Composer " + unique();
    String song = "Lied " + unique();
    var entries = new LinkedHashMap<String, byte[]>();
    entries.put("lieder/song.musicxml", ScoreFiles.musicXml(song, composer));
    entries.put(
        "tunes/book.abc", ScoreFiles.abcTunebook("Jig " + unique(), "Reel " + unique(), composer));
    entries.put("evil/entity.musicxml", ScoreFiles.musicXmlReachingFor("/etc/passwd"));
    entries.put("scans/facsimile.pdf", ScoreFiles.pdf());
    entries.put("__MACOSX/._song.musicxml", new byte[] {0, 5, 22, 7});
    byte[] zip = ScoreFiles.zip(entries);

    JsonObject first = finished(startImport(zip));
    long worksAfterFirst = workCount();
    JsonObject second = finished(startImport(zip));

    assertThat(first.getInt("totalFiles")).isEqualTo(4);
    assertThat(first.getInt("imported")).isEqualTo(2);
    assertThat(first.getInt("rejected")).isEqualTo(2);
    List<JsonObject> report = items(first);
    assertThat(report)
        .extracting(i -> i.getString("path") + " " + i.getString("outcome"))
        .containsExactly(
            "evil/entity.musicxml REJECTED",
            "lieder/song.musicxml IMPORTED",
            "scans/facsimile.pdf REJECTED",
            "tunes/book.abc IMPORTED");
    assertThat(report.get(0).getString("reason")).contains("external entity not allowed");
    assertThat(report.get(3).getJsonArray("workIds")).hasSize(2);
    long songWork = report.get(1).getJsonArray("workIds").getJsonNumber(0).longValue();
    JsonObject work = anonymous.get("/api/works/" + songWork).json();
    assertThat(work.getString("title")).isEqualTo(song);
    assertThat(work.getJsonArray("composers").getJsonObject(0).getString("name"))
        .isEqualTo(composer);

    assertThat(second.getInt("imported")).isZero();
    assertThat(second.getInt("duplicates")).isEqualTo(2);
    assertThat(second.getInt("rejected")).isEqualTo(2);
    assertThat(workCount()).isEqualTo(worksAfterFirst);

    List<String> trail =
        anonymous
            .get("/api/works/" + songWork + "/provenance")
            .json()
            .getJsonArray("entries")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("type"))
            .toList();
    assertThat(trail).contains("work.created", "source.created", "file.attached");
    assertThat(anonymous.get("/api/ledger/verify").json().getBoolean("intact")).isTrue();
  }

  @Test
  void aSecondFileOfAWorkIsMergedIntoIt() {
    String composer = "Composer " + unique();
    String title = "Romanze " + unique();
    JsonObject first =
        finished(
            startImport(
                ScoreFiles.zip(
                    java.util.Map.of("a.musicxml", ScoreFiles.musicXml(title, composer)))));
    byte[] otherEncoding =
        ScoreFiles.abcTunebook(title, "Other " + unique(), composer.toUpperCase());

    JsonObject second =
        finished(startImport(ScoreFiles.zip(java.util.Map.of("b.abc", otherEncoding))));

    long work = items(first).getFirst().getJsonArray("workIds").getJsonNumber(0).longValue();
    JsonObject item = items(second).getFirst();
    assertThat(item.getString("outcome")).isEqualTo("IMPORTED");
    assertThat(item.getJsonArray("workIds").getJsonNumber(0).longValue()).isEqualTo(work);
    assertThat(anonymous.get("/api/works/" + work + "/files").jsonArray()).hasSize(2);
  }

  @Test
  void aFolderOutsideTheImportRootIsRefused() {
    Api admin = anonymous.as(KeycloakServer.shared().token("admin"));

    Reply escaping =
        admin.post(
            "/api/imports/folder", "{\"folder\": \"../data-h2\", \"rights\": \"" + CC0 + "\"}");

    assertThat(escaping.status()).isEqualTo(400);
    assertThat(escaping.body()).contains("\"folder\"");
  }

  @Test
  void theFixityAuditFindsAFlippedByteAndHealthSaysSo() throws IOException {
    long source = newSource();
    JsonObject file =
        librarian
            .postBytes(
                "/api/sources/" + source + "/files?name=scan.pdf&rights=" + CC0,
                "application/pdf",
                ScoreFiles.pdf())
            .json();
    String sha256 = file.getString("sha256");
    Path stored = blob(sha256);
    byte[] original = Files.readAllBytes(stored);
    byte[] flipped = original.clone();
    flipped[3] ^= 1;
    stored.toFile().setWritable(true);
    Files.write(stored, flipped);
    try {
      runAudit();
      JsonObject failing =
          librarian
              .get("/api/fixity")
              .json()
              .getJsonArray("failing")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(f -> f.getString("sha256").equals(sha256))
              .findFirst()
              .orElseThrow();
      assertThat(failing.getString("outcome")).isEqualTo("CHANGED");
      assertThat(failing.getJsonNumber("fileId").longValue()).isEqualTo(file.getInt("id"));
      Reply health = anonymous.get("/health/ready");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.body()).contains("fixity");
      assertThat(
              anonymous
                  .get("/api/works/" + workOf(source) + "/provenance")
                  .json()
                  .getJsonArray("entries")
                  .getValuesAs(JsonObject.class)
                  .stream()
                  .filter(e -> e.getString("type").equals("fixity.checked"))
                  .map(e -> e.getString("payload"))
                  .findFirst())
          .hasValueSatisfying(p -> assertThat(p).contains("CHANGED"));
    } finally {
      Files.write(stored, original);
      runAudit();
    }
    assertThat(librarian.get("/api/fixity").json().getJsonArray("failing")).isEmpty();
    assertThat(anonymous.get("/health/ready").status()).isEqualTo(200);
  }

  private void runAudit() {
    long checksBefore =
        librarian.get("/api/fixity/checks?size=1").json().getJsonNumber("totalItems").longValue();
    assertThat(librarian.send("POST", "/api/fixity/runs", null, null, null).status())
        .isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonObject report = librarian.get("/api/fixity").json();
              long checks =
                  librarian
                      .get("/api/fixity/checks?size=1")
                      .json()
                      .getJsonNumber("totalItems")
                      .longValue();
              return !report.getBoolean("running")
                  && checks >= checksBefore + report.getJsonNumber("files").longValue();
            });
  }

  private Reply startImport(byte[] zip) {
    Reply started =
        librarian.postBytes("/api/imports?name=batch.zip&rights=" + CC0, "application/zip", zip);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    return started;
  }

  private JsonObject finished(Reply started) {
    String job = "/api/imports/" + started.json().getJsonNumber("id").longValue();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                !List.of("QUEUED", "RUNNING")
                    .contains(librarian.get(job).json().getString("state")));
    JsonObject done = librarian.get(job).json();
    assertThat(done.getString("state")).as(done.toString()).isEqualTo("COMPLETED");
    return done;
  }

  private List<JsonObject> items(JsonObject job) {
    return librarian
        .get("/api/imports/" + job.getJsonNumber("id").longValue() + "/items?size=100")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private long workCount() {
    return librarian.get("/api/works?size=1").json().getJsonNumber("totalItems").longValue();
  }

  private long newSource() {
    long person = id(librarian.post("/api/people", aPerson().json()));
    long work =
        id(librarian.post("/api/works", aWork().titled("Work " + unique()).by(person).json()));
    return id(librarian.post("/api/sources", aSource().of(work).json()));
  }

  private long workOf(long source) {
    return librarian
        .get("/api/sources/" + source)
        .json()
        .getJsonObject("work")
        .getJsonNumber("id")
        .longValue();
  }

  private static Path blob(String sha256) {
    return ItSettings.filesRoot()
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private static long blobCount() throws IOException {
    Path root = ItSettings.filesRoot();
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().length() == 64)
          .count();
    }
  }

  private static long id(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
