package org.ricercar.archive.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ricercar.archive.it.CatalogueJson.aCollection;
import static org.ricercar.archive.it.CatalogueJson.aPerson;
import static org.ricercar.archive.it.CatalogueJson.aSource;
import static org.ricercar.archive.it.CatalogueJson.aWork;
import static org.ricercar.archive.it.CatalogueJson.unique;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Api.Reply;
import org.ricercar.archive.it.KeycloakServer;

/**
 * What the catalogue API promises its users, checked over HTTP against the deployed application.
 * Run on H2 ({@link CatalogueApiIT}) and on PostgreSQL ({@link CatalogueApiPostgresIT}). Every test
 * makes its own records, so the order of tests does not matter.
 */
abstract class CatalogueApiContract {

  private static final String PROBLEM = "application/problem+json";

  Api anonymous;
  Api librarian;

  @BeforeEach
  void callers() {
    anonymous = Api.anonymous();
    librarian = anonymous.as(KeycloakServer.shared().token("librarian"));
  }

  @Test
  void aLibrarianCataloguesAWorkWithComposerAndSourceThatAnyoneCanRead() {
    long composer =
        created(
            librarian.post(
                "/api/people",
                aPerson().named("Emilie Zumsteeg").lived("1796-12-09", "1857-08-01").json()));
    Reply work =
        librarian.post(
            "/api/works",
            aWork()
                .titled("Die Erinnerung " + unique())
                .by(composer)
                .with("key", "Eb major")
                .with("date", "1830~")
                .with("period", "ROMANTIC")
                .instrumentation("voice", "piano")
                .json());
    assertThat(work.status()).isEqualTo(201);
    assertThat(work.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/works/" + work.json().getInt("id")));
    long workId = work.json().getJsonNumber("id").longValue();
    created(
        librarian.post(
            "/api/sources",
            aSource()
                .of(workId)
                .held("Württembergische Landesbibliothek", "Cod. mus. II 4° 123")
                .json()));

    Reply read = anonymous.get("/api/works/" + workId);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.etag()).isEqualTo("\"" + read.json().getInt("version") + "\"");
    JsonObject view = read.json();
    assertThat(view.getString("key")).isEqualTo("E-flat major");
    assertThat(view.getJsonArray("composers").getJsonObject(0).getString("name"))
        .isEqualTo("Emilie Zumsteeg");
    assertThat(view.getJsonArray("sources").getJsonObject(0).getString("holdingInstitution"))
        .isEqualTo("Württembergische Landesbibliothek");
    assertThat(anonymous.get("/api/people/" + composer).json().getString("born"))
        .isEqualTo("1796-12-09");
  }

  @Test
  void listsArePagedAndSortedAndFilteredByComposer() {
    long composer = created(librarian.post("/api/people", aPerson().json()));
    for (String title : List.of("Bolero", "Air", "Caprice")) {
      created(librarian.post("/api/works", aWork().titled(title).by(composer).json()));
    }

    JsonObject first =
        anonymous.get("/api/works?composer=" + composer + "&size=2&sort=title").json();
    JsonObject second =
        anonymous.get("/api/works?composer=" + composer + "&size=2&page=1&sort=title").json();
    JsonObject reversed = anonymous.get("/api/works?composer=" + composer + "&sort=-title").json();

    assertThat(first.getInt("totalItems")).isEqualTo(3);
    assertThat(first.getInt("totalPages")).isEqualTo(2);
    assertThat(titles(first)).containsExactly("Air", "Bolero");
    assertThat(titles(second)).containsExactly("Caprice");
    assertThat(titles(reversed)).containsExactly("Caprice", "Bolero", "Air");
  }

  @Test
  void aChangeMustNameTheVersionItIsBasedOn() {
    long composer = created(librarian.post("/api/people", aPerson().json()));
    Reply work = librarian.post("/api/works", aWork().titled("Trio").by(composer).json());
    String path = "/api/works/" + work.json().getInt("id");
    String edit = aWork().titled("Trio in E minor").by(composer).json();

    Reply withoutIfMatch = librarian.put(path, edit, null);
    Reply current = librarian.put(path, edit, work.etag());
    Reply stale =
        librarian.put(path, aWork().titled("Lost update").by(composer).json(), work.etag());

    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(withoutIfMatch.contentType()).startsWith(PROBLEM);
    assertThat(current.status()).isEqualTo(200);
    assertThat(current.etag()).isNotEqualTo(work.etag());
    assertThat(stale.status()).isEqualTo(412);
    assertThat(anonymous.get(path).json().getString("title")).isEqualTo("Trio in E minor");
  }

  @Test
  void concurrentEditsOfTheSameVersionLoseNoUpdate() throws Exception {
    long composer = created(librarian.post("/api/people", aPerson().json()));
    Reply work = librarian.post("/api/works", aWork().titled("Quintet").by(composer).json());
    String path = "/api/works/" + work.json().getInt("id");
    var attempts = new ArrayList<Callable<Reply>>();
    for (int i = 0; i < 8; i++) {
      String title = "Quintet, version " + i;
      attempts.add(
          () -> librarian.put(path, aWork().titled(title).by(composer).json(), work.etag()));
    }

    List<Reply> replies = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (Future<Reply> reply : pool.invokeAll(attempts)) {
        replies.add(reply.get());
      }
    }

    List<Reply> accepted = replies.stream().filter(r -> r.status() == 200).toList();
    assertThat(accepted).hasSize(1);
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).isIn(200, 412));
    JsonObject stored = anonymous.get(path).json();
    assertThat(stored.getString("title")).isEqualTo(accepted.getFirst().json().getString("title"));
    assertThat(stored.getInt("revision")).isEqualTo(2);
  }

  @Test
  void everyChangeIsARevisionThatCanBeShownAndRestored() {
    long composer = created(librarian.post("/api/people", aPerson().json()));
    Reply created = librarian.post("/api/works", aWork().titled("Sonata").by(composer).json());
    String path = "/api/works/" + created.json().getInt("id");
    Reply renamed =
        librarian.put(
            path, aWork().titled("Sonata in C minor").by(composer).json(), created.etag());
    Reply patched = librarian.patch(path, "{\"genre\": \"Piano sonata\"}", renamed.etag());
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().getString("title")).isEqualTo("Sonata in C minor");

    var history = anonymous.get(path + "/revisions").jsonArray();

    assertThat(history).hasSize(3);
    JsonObject rename = history.getJsonObject(1);
    assertThat(rename.getString("action")).isEqualTo("EDITED");
    assertThat(rename.getString("by")).isEqualTo("librarian");
    assertThat(rename.getJsonArray("changes"))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.asJsonObject().getString("field")).isEqualTo("title");
              assertThat(change.asJsonObject().getString("before")).isEqualTo("Sonata");
              assertThat(change.asJsonObject().getString("after")).isEqualTo("Sonata in C minor");
            });

    Reply restored =
        librarian.send("POST", path + "/revisions/1/restore", null, null, patched.etag());

    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.json().getString("title")).isEqualTo("Sonata");
    assertThat(restored.json().containsKey("genre")).isFalse();
    JsonObject newest = anonymous.get(path + "/revisions").jsonArray().getJsonObject(0);
    assertThat(newest.getString("action")).isEqualTo("RESTORED");
    assertThat(newest.getInt("restoredFrom")).isEqualTo(1);
    assertThat(
            anonymous
                .get(path + "/revisions/2")
                .json()
                .getJsonObject("snapshot")
                .getString("title"))
        .isEqualTo("Sonata in C minor");
  }

  @Test
  void aWithdrawnRecordIsGoneForThePublicAndMarkedForLibrarians() {
    long composer = created(librarian.post("/api/people", aPerson().json()));
    String title = "Duplicate entry " + unique();
    Reply work = librarian.post("/api/works", aWork().titled(title).by(composer).json());
    String path = "/api/works/" + work.json().getInt("id");

    Reply withdrawn =
        librarian.put(
            path + "/withdrawal", "{\"reason\": \"Duplicate of another record\"}", work.etag());

    assertThat(withdrawn.status()).isEqualTo(200);
    Reply publicRead = anonymous.get(path);
    assertThat(publicRead.status()).isEqualTo(410);
    assertThat(publicRead.contentType()).startsWith(PROBLEM);
    assertThat(publicRead.json().getString("detail")).contains("Duplicate of another record");
    JsonObject librarianRead = librarian.get(path).json();
    assertThat(librarianRead.getJsonObject("withdrawal").getString("reason"))
        .isEqualTo("Duplicate of another record");
    assertThat(titles(anonymous.get("/api/works?composer=" + composer).json())).isEmpty();
    assertThat(titles(librarian.get("/api/works?composer=" + composer).json()))
        .containsExactly(title);

    Reply reinstated = librarian.delete(path + "/withdrawal", withdrawn.etag());

    assertThat(reinstated.status()).isEqualTo(200);
    assertThat(anonymous.get(path).status()).isEqualTo(200);
    assertThat(anonymous.get(path + "/revisions").jsonArray().getJsonObject(1).getString("reason"))
        .isEqualTo("Duplicate of another record");
  }

  @Test
  void aComposerOfPublishedWorksCannotBeWithdrawn() {
    Reply composer = librarian.post("/api/people", aPerson().json());
    long composerId = created(composer);
    created(librarian.post("/api/works", aWork().by(composerId).json()));

    Reply refused =
        librarian.put(
            "/api/people/" + composerId + "/withdrawal",
            "{\"reason\": \"mistake\"}",
            composer.etag());

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("composer of 1 published work");
    assertThat(anonymous.get("/api/people/" + composerId).status()).isEqualTo(200);
  }

  @Test
  void badInputGetsAProblemNamingTheFieldAndChangesNothing() {
    long composer = created(librarian.post("/api/people", aPerson().json()));
    String works = "/api/works?composer=" + composer;

    Reply malformed = librarian.post("/api/works", "{\"title\": ");
    Reply wrongTypes = librarian.post("/api/works", "{\"title\": 7, \"composerIds\": \"Farrenc\"}");
    Reply huge =
        librarian.post("/api/works", aWork().titled("x".repeat(10_000)).by(composer).json());
    Reply unknownField =
        librarian.post(
            "/api/works", aWork().by(composer).with("id", "5").with("revision", "9").json());
    Reply noSuchComposer =
        librarian.post("/api/works", aWork().by(composer).by(987_654_321L).json());
    Reply noSuchWork = anonymous.get("/api/works/987654321");
    Reply badPage = anonymous.get("/api/works?page=first");
    Reply badSort = anonymous.get("/api/works?sort=popularity");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().getString("detail")).contains("line 1");
    assertThat(fields(wrongTypes)).containsExactlyInAnyOrder("title", "composerIds");
    assertThat(fields(huge)).containsExactly("title");
    assertThat(fields(unknownField)).containsExactlyInAnyOrder("id", "revision");
    assertThat(fields(noSuchComposer)).containsExactly("composerIds[1]");
    assertThat(noSuchWork.status()).isEqualTo(404);
    assertThat(fields(badPage)).containsExactly("page");
    assertThat(fields(badSort)).containsExactly("sort");
    for (Reply reply :
        List.of(malformed, wrongTypes, huge, unknownField, noSuchComposer, noSuchWork, badPage)) {
      assertThat(reply.contentType()).as(reply.toString()).startsWith(PROBLEM);
      assertThat(reply.json().getString("instance")).startsWith("urn:uuid:");
    }
    assertThat(anonymous.get(works).json().getInt("totalItems")).isZero();
  }

  @Test
  void collectionsKeepTheirOrderAndNestOneLevelDeep() {
    long composer = created(librarian.post("/api/people", aPerson().json()));
    long first =
        created(librarian.post("/api/works", aWork().titled("Zephyr").by(composer).json()));
    long second =
        created(librarian.post("/api/works", aWork().titled("Aubade").by(composer).json()));
    long parent =
        created(librarian.post("/api/collections", aCollection().containing(first, second).json()));
    long child =
        created(
            librarian.post(
                "/api/collections", aCollection().within(parent).containing(second).json()));

    Reply grandchild = librarian.post("/api/collections", aCollection().within(child).json());
    JsonObject view = anonymous.get("/api/collections/" + parent).json();

    assertThat(titles(view.getJsonArray("works"))).containsExactly("Zephyr", "Aubade");
    assertThat(view.getJsonArray("children").getJsonObject(0).getInt("id")).isEqualTo((int) child);
    assertThat(fields(grandchild)).containsExactly("parentId");
    assertThat(anonymous.get("/api/works/" + second).json().getJsonArray("collections")).hasSize(2);
  }

  @Test
  void aNewWorkIsFoundBySearchWithinASecondAndAWithdrawnOneIsNot() {
    String marker = unique();
    long composer =
        created(librarian.post("/api/people", aPerson().named("Corona Schröter").json()));
    Reply work =
        librarian.post("/api/works", aWork().titled("Der Erlkönig " + marker).by(composer).json());

    await()
        .atMost(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(
                        hitTitles(
                            anonymous.get("/api/search?q=schroter+erlkonig+" + marker).json()))
                    .containsExactly("Der Erlkönig " + marker));

    librarian.put(
        "/api/works/" + work.json().getInt("id") + "/withdrawal",
        "{\"reason\": \"test\"}",
        work.etag());

    await()
        .atMost(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(anonymous.get("/api/search?q=" + marker).json().getInt("total"))
                    .isZero());
  }

  @Test
  void searchNarrowsByFacetsCountsTheOtherValuesAndHighlightsWhatMatched() {
    String marker = unique();
    long farrenc = created(librarian.post("/api/people", aPerson().named("Louise Farrenc").json()));
    long hensel = created(librarian.post("/api/people", aPerson().named("Fanny Hensel").json()));
    created(
        librarian.post(
            "/api/works",
            aWork()
                .titled("Trio " + marker)
                .by(farrenc)
                .with("genre", "Trio")
                .with("date", "1844")
                .json()));
    created(
        librarian.post(
            "/api/works",
            aWork()
                .titled("Nonet " + marker)
                .by(farrenc)
                .with("genre", "Nonet")
                .with("date", "1849")
                .json()));
    created(
        librarian.post(
            "/api/works",
            aWork()
                .titled("Trio " + marker)
                .by(hensel)
                .with("genre", "Trio")
                .with("date", "1847")
                .json()));

    await()
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(
            () ->
                assertThat(anonymous.get("/api/search?q=" + marker).json().getInt("total"))
                    .isEqualTo(3));
    JsonObject trios = anonymous.get("/api/search?q=" + marker + "&genre=Trio&sort=date").json();
    JsonObject farrencTrios =
        anonymous.get("/api/search?q=" + marker + "&genre=Trio&composer=Louise+Farrenc").json();

    assertThat(trios.getInt("total")).isEqualTo(2);
    assertThat(
            trios.getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getJsonObject("work").getString("date")))
        .containsExactly("1844", "1847");
    assertThat(facet(trios, "genre")).containsEntry("Trio", 2).containsEntry("Nonet", 1);
    assertThat(facet(trios, "period")).containsEntry("19th century", 2);
    assertThat(facet(farrencTrios, "composer"))
        .containsEntry("Louise Farrenc", 1)
        .containsEntry("Fanny Hensel", 1);
    // Fewer values on request (the chosen one stays); a count outside 1-100 is refused.
    JsonObject oneValue =
        anonymous.get("/api/search?q=" + marker + "&genre=Nonet&facetValues=1").json();
    assertThat(facet(oneValue, "genre")).containsOnlyKeys("Trio", "Nonet");
    assertThat(facet(oneValue, "composer")).hasSize(1);
    Reply tooMany = anonymous.get("/api/search?q=" + marker + "&facetValues=101");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("facetValues");
    JsonArray title =
        farrencTrios
            .getJsonArray("hits")
            .getJsonObject(0)
            .getJsonObject("highlights")
            .getJsonArray("title");
    assertThat(title.getJsonObject(1).getString("text")).isEqualTo(marker);
    assertThat(title.getJsonObject(1).getBoolean("match")).isTrue();
    assertThat(
            anonymous
                .get("/api/suggest?prefix=" + marker.substring(0, 6))
                .json()
                .getJsonArray("suggestions"))
        .extracting(s -> s.asJsonObject().getString("text"))
        .contains("Trio " + marker, "Nonet " + marker);
  }

  @Test
  void melodicSearchFindsAWorkFromAFragmentInAnotherKeyAndMarksTheMatchedNotes() {
    // A melody of its own, so that works from earlier runs cannot crowd it out.
    var random = new java.util.Random();
    int[] pitches = new int[8];
    pitches[0] = 67;
    for (int n = 1; n < pitches.length; n++) {
      int step = 1 + random.nextInt(6);
      pitches[n] = pitches[n - 1] + (random.nextBoolean() ? step : -step);
    }
    var incipit = new ArrayList<String>();
    var query = new ArrayList<String>();
    for (int n = 0; n < pitches.length; n++) {
      incipit.add(noteName(pitches[n]) + ":1/4");
      if (n == 5) {
        incipit.add("r:1/4");
      }
      if (n >= 1 && n <= 5) {
        query.add(noteName(pitches[n] - 5));
      }
    }
    String title = "Andante " + unique();
    long composer = created(librarian.post("/api/people", aPerson().json()));
    created(
        librarian.post(
            "/api/works",
            aWork().titled(title).by(composer).with("incipit", String.join(" ", incipit)).json()));

    await()
        .atMost(Duration.ofSeconds(2))
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              JsonObject found =
                  anonymous
                      .get(
                          "/api/search/melody?limit=100&melody="
                              + String.join("+", query).replace("#", "%23"))
                      .json();
              JsonObject hit =
                  found.getJsonArray("hits").stream()
                      .map(h -> h.asJsonObject())
                      .filter(h -> h.getJsonObject("work").getString("title").equals(title))
                      .findFirst()
                      .orElseThrow();
              assertThat(found.getString("query").split(" ")).hasSize(5);
              assertThat(hit.getJsonNumber("score").doubleValue()).isEqualTo(1.0);
              assertThat(hit.getInt("matchStart")).isEqualTo(1);
              assertThat(hit.getInt("matchEnd")).isEqualTo(6);
              assertThat(hit.getBoolean("dependsOnSupplied")).isFalse();
            });
    assertThat(fields(anonymous.get("/api/search/melody?melody=c+d+h"))).containsExactly("melody");
    assertThat(fields(anonymous.get("/api/search/melody?melody=c+d+e&match=loud")))
        .containsExactly("match");
  }

  @Test
  void searchExplainsAQueryItCannotUnderstand() {
    Reply unclosed = anonymous.get("/api/search?q=%22unclosed");
    Reply badSort = anonymous.get("/api/search?q=trio&sort=loudest");
    Reply tooFar = anonymous.get("/api/search?q=trio&page=500&size=100");

    assertThat(fields(unclosed)).containsExactly("q");
    assertThat(unclosed.contentType()).startsWith("application/problem+json");
    assertThat(fields(badSort)).containsExactly("sort");
    assertThat(fields(tooFar)).containsExactly("page");
  }

  @Test
  void theLedgerVerifies() {
    JsonObject verification = anonymous.get("/api/ledger/verify").json();

    assertThat(verification.getBoolean("intact")).isTrue();
    assertThat(verification.getString("headHash")).hasSize(64);
  }

  @Test
  void operationsEndpointsAnswer() {
    Api root = Api.anonymous();
    JsonObject health = root.get("/health/ready").json();
    Reply openapi = root.get("/openapi");
    Reply metrics = root.getText("/metrics");

    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")))
        .contains("database", "identity-provider");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/works/{id}", "/api/{kind}/{id}/revisions", "Ricercar API");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("ricercar_api_requests");
  }

  static long created(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  private static java.util.Map<String, Integer> facet(JsonObject page, String name) {
    var counts = new java.util.HashMap<String, Integer>();
    page.getJsonObject("facets")
        .getJsonArray(name)
        .forEach(
            v -> counts.put(v.asJsonObject().getString("value"), v.asJsonObject().getInt("count")));
    return counts;
  }

  /** A MIDI key number as a note name with octave, black keys as sharps: 61 is "C#4". */
  private static String noteName(int midi) {
    String[] names = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    return names[midi % 12] + (midi / 12 - 1);
  }

  private static List<String> hitTitles(JsonObject page) {
    return page.getJsonArray("hits").stream()
        .map(hit -> hit.asJsonObject().getJsonObject("work").getString("title"))
        .toList();
  }

  private static List<String> titles(JsonObject page) {
    return titles(page.getJsonArray("items"));
  }

  private static List<String> titles(JsonArray items) {
    return items.stream().map(item -> item.asJsonObject().getString("title")).toList();
  }

  private static List<String> fields(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    return reply.json().getJsonArray("errors").stream()
        .map(error -> ((JsonString) error.asJsonObject().get("field")).getString())
        .toList();
  }
}
