package org.ricercar.archive.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ricercar.archive.it.CatalogueJson.aCollection;
import static org.ricercar.archive.it.CatalogueJson.aPerson;
import static org.ricercar.archive.it.CatalogueJson.aSource;
import static org.ricercar.archive.it.CatalogueJson.aWork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Api.Reply;
import org.ricercar.archive.it.ItSettings;
import org.ricercar.archive.it.MemberAccounts;
import org.ricercar.archive.it.ScoreFiles;

/** Fresh records for one access-control case, made by a librarian as they are first needed. */
final class Fixture {

  /** A one-clause draft, as the demo member writes it. */
  static final String DRAFT =
      "{\"title\": \"Name the model\", \"clauses\": [{\"text\": \"A restoration names the"
          + " model that supplied notes.\", \"principles\": [\"transparency\"]}]}";

  static final String AMENDMENT =
      "{\"clauseKey\": \"c1\", \"text\": \"A restoration names the model and its version.\","
          + " \"rationale\": \"Versions differ.\"}";

  /** A guideline that has been put to a vote (so anyone may read it), shared by the cases. */
  private static String votedGuideline;

  private static String closedVote;

  private final Api librarian;
  private final Api admin;
  private final Api member;
  private final Api steward;
  private String draft;
  private String amendment;
  private String openVote;
  private String frozenDraft;
  private String reopenable;
  private Long personId;
  private Long workId;
  private String source;
  private String collection;
  private String withdrawnSource;
  private String editedWork;
  private String memberId;
  private String file;
  private String importJob;

  Fixture(Map<String, Api> callers) {
    this.librarian = callers.get("librarian");
    this.admin = callers.get("admin");
    this.member = callers.get("member");
    this.steward = callers.get("steward");
  }

  /** A draft guideline by the demo member. */
  String draft() {
    if (draft == null) {
      draft = "/api/guidelines/" + id(member.post("/api/guidelines", DRAFT));
    }
    return draft;
  }

  /** An amendment a librarian proposed to the member's draft. */
  String amendment() {
    if (amendment == null) {
      amendment = draft() + "/amendments/" + id(librarian.post(draft() + "/amendments", AMENDMENT));
    }
    return amendment;
  }

  /** Rules for a vote on the member's draft, frozen, closing in two minutes. */
  String voteRules() {
    String guideline = frozenDraft();
    return "{\"guidelineId\": "
        + guideline.substring(guideline.lastIndexOf('/') + 1)
        + ", \"closesAt\": \""
        + Instant.now().plusSeconds(120)
        + "\"}";
  }

  /** An open vote in which the demo member has cast a ballot. */
  String openVote() {
    if (openVote == null) {
      openVote = "/api/votes/" + id(steward.post("/api/votes", voteRules()));
      Reply cast = member.put(openVote + "/ballot", "{\"choice\": \"YES\"}", null);
      assertThat(cast.status()).as(cast.toString()).isEqualTo(200);
    }
    return openVote;
  }

  /** The member's draft, frozen by a steward. */
  String frozenDraft() {
    if (frozenDraft == null) {
      Reply frozen = steward.post(draft() + "/freeze", "{\"revision\": 1}");
      assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
      frozenDraft = draft();
    }
    return frozenDraft;
  }

  /** The shared voted-on guideline. */
  String votedGuideline() {
    synchronized (Fixture.class) {
      if (votedGuideline == null) {
        closedVote = closedVoteOn(draft());
        votedGuideline = draft();
      }
      return votedGuideline;
    }
  }

  /** The shared closed vote. */
  String closedVote() {
    votedGuideline();
    return closedVote;
  }

  /** A guideline of the demo member's that a vote rejected, ready to be reopened. */
  String reopenableGuideline() {
    if (reopenable == null) {
      closedVoteOn(draft());
      reopenable = draft();
    }
    return reopenable;
  }

  /** Freezes the guideline, opens a two-second vote on it, and waits until it has closed. */
  private String closedVoteOn(String guideline) {
    Reply frozen = steward.post(guideline + "/freeze", "{\"revision\": 1}");
    assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
    String rules =
        "{\"guidelineId\": "
            + guideline.substring(guideline.lastIndexOf('/') + 1)
            + ", \"closesAt\": \""
            + Instant.now().plusSeconds(3)
            + "\", \"quorum\": 0}";
    String vote = "/api/votes/" + id(steward.post("/api/votes", rules));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> steward.get(vote).json().getString("state").equals("CLOSED"));
    return vote;
  }

  long personId() {
    if (personId == null) {
      personId = id(librarian.post("/api/people", aPerson().json()));
    }
    return personId;
  }

  String person() {
    return "/api/people/" + personId();
  }

  long workId() {
    if (workId == null) {
      workId = id(librarian.post("/api/works", aWork().by(personId()).json()));
    }
    return workId;
  }

  String work() {
    return "/api/works/" + workId();
  }

  String source() {
    if (source == null) {
      source = "/api/sources/" + id(librarian.post("/api/sources", aSource().of(workId()).json()));
    }
    return source;
  }

  String collection() {
    if (collection == null) {
      collection =
          "/api/collections/"
              + id(librarian.post("/api/collections", aCollection().containing(workId()).json()));
    }
    return collection;
  }

  /** A source that a librarian has withdrawn, ready to be reinstated. */
  String withdrawnSource() {
    if (withdrawnSource == null) {
      withdrawnSource =
          "/api/sources/" + id(librarian.post("/api/sources", aSource().of(workId()).json()));
      Reply withdrawn =
          librarian.put(
              withdrawnSource + "/withdrawal", "{\"reason\": \"test\"}", etag(withdrawnSource));
      assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    }
    return withdrawnSource;
  }

  /** A work with a second revision, so that revision 1 can be restored. */
  String editedWork() {
    if (editedWork == null) {
      editedWork = "/api/works/" + id(librarian.post("/api/works", aWork().by(personId()).json()));
      Reply edited = librarian.patch(editedWork, "{\"genre\": \"Song\"}", etag(editedWork));
      assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    }
    return editedWork;
  }

  /** A PDF attached to the fixture's source. */
  String file() {
    if (file == null) {
      file = "/api/files/" + id(uploadTo(librarian));
    }
    return file;
  }

  /** Uploads a new PDF to the fixture's source, as the given caller. */
  Reply uploadTo(Api caller) {
    return caller.postBytes(
        source() + "/files?name=facsimile.pdf&rights=" + ScoreFiles.CC0,
        "application/pdf",
        ScoreFiles.pdf());
  }

  /** A finished import of a zip holding one PDF (which it rejects: a PDF names no work). */
  String importJob() {
    if (importJob == null) {
      Reply started = startImport(librarian);
      assertThat(started.status()).as(started.toString()).isEqualTo(202);
      importJob = "/api/imports/" + started.json().getJsonNumber("id").longValue();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> librarian.get(importJob).json().getString("state").equals("COMPLETED"));
    }
    return importJob;
  }

  /** Starts an import of a new zip, as the given caller. */
  Reply startImport(Api caller) {
    return caller.postBytes(
        "/api/imports?name=scans.zip&rights=" + ScoreFiles.CC0,
        "application/zip",
        ScoreFiles.zip(Map.of("scan.pdf", ScoreFiles.pdf())));
  }

  /** A new, empty folder under the import root, by its path relative to the root. */
  String importFolder() {
    String name = "folder-" + UUID.randomUUID();
    try {
      Files.createDirectories(ItSettings.importRoot().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return name;
  }

  /** The demo member's account id. */
  String memberId() {
    if (memberId == null) {
      memberId = MemberAccounts.idOf(admin, "member");
    }
    return memberId;
  }

  /** The record's current ETag, as a librarian sees it. */
  String etag(String path) {
    return librarian.get(path).etag();
  }

  private static long id(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }
}
