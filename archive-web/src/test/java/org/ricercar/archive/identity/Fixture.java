package org.ricercar.archive.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ricercar.archive.it.CatalogueJson.aCollection;
import static org.ricercar.archive.it.CatalogueJson.aPerson;
import static org.ricercar.archive.it.CatalogueJson.aSource;
import static org.ricercar.archive.it.CatalogueJson.aWork;

import org.ricercar.archive.it.Api;
import org.ricercar.archive.it.Api.Reply;
import org.ricercar.archive.it.MemberAccounts;

/** Fresh records for one access-control case, made by a librarian as they are first needed. */
final class Fixture {

  private final Api librarian;
  private final Api admin;
  private Long personId;
  private Long workId;
  private String source;
  private String collection;
  private String withdrawnSource;
  private String editedWork;
  private String memberId;

  Fixture(Api librarian, Api admin) {
    this.librarian = librarian;
    this.admin = admin;
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
