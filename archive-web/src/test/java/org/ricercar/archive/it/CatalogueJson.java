package org.ricercar.archive.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;

/** Fluent builders for the catalogue's request bodies, with plausible defaults. */
public final class CatalogueJson {

  private CatalogueJson() {}

  /** A short unique marker, so tests sharing a database never see each other's records. */
  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public static PersonBuilder aPerson() {
    return new PersonBuilder();
  }

  public static WorkBuilder aWork() {
    return new WorkBuilder();
  }

  public static SourceBuilder aSource() {
    return new SourceBuilder();
  }

  public static CollectionBuilder aCollection() {
    return new CollectionBuilder();
  }

  /** Builds a person's details. */
  public static final class PersonBuilder {
    private final JsonObjectBuilder json =
        Json.createObjectBuilder().add("name", "Louise Farrenc " + unique());

    public PersonBuilder named(String name) {
      json.add("name", name);
      return this;
    }

    public PersonBuilder lived(String born, String died) {
      json.add("born", born).add("died", died);
      return this;
    }

    public String json() {
      return json.build().toString();
    }
  }

  /** Builds a work's details. */
  public static final class WorkBuilder {
    private final JsonObjectBuilder json =
        Json.createObjectBuilder().add("title", "Nonet " + unique());
    private final JsonArrayBuilder composers = Json.createArrayBuilder();

    public WorkBuilder titled(String title) {
      json.add("title", title);
      return this;
    }

    public WorkBuilder by(long personId) {
      composers.add(personId);
      return this;
    }

    public WorkBuilder with(String field, String value) {
      json.add(field, value);
      return this;
    }

    public WorkBuilder instrumentation(String... instruments) {
      json.add("instrumentation", Json.createArrayBuilder(List.of(instruments)));
      return this;
    }

    public String json() {
      return json.add("composerIds", composers).build().toString();
    }
  }

  /** Builds a source's details. */
  public static final class SourceBuilder {
    private final JsonObjectBuilder json =
        Json.createObjectBuilder().add("kind", "MANUSCRIPT").add("title", "Autograph " + unique());

    public SourceBuilder of(long workId) {
      json.add("workId", workId);
      return this;
    }

    public SourceBuilder held(String institution, String shelfmark) {
      json.add("holdingInstitution", institution).add("shelfmark", shelfmark);
      return this;
    }

    public String json() {
      return json.build().toString();
    }
  }

  /** Builds a collection's details. */
  public static final class CollectionBuilder {
    private final JsonObjectBuilder json =
        Json.createObjectBuilder().add("title", "Chamber music " + unique());
    private final JsonArrayBuilder works = Json.createArrayBuilder();

    public CollectionBuilder titled(String title) {
      json.add("title", title);
      return this;
    }

    public CollectionBuilder within(long parentId) {
      json.add("parentId", parentId);
      return this;
    }

    public CollectionBuilder containing(long... workIds) {
      for (long id : workIds) {
        works.add(id);
      }
      return this;
    }

    public String json() {
      return json.add("workIds", works).build().toString();
    }
  }
}
