package org.ricercar.archive.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.collection.CollectionDetails;
import org.ricercar.archive.catalogue.collection.CollectionService;
import org.ricercar.archive.catalogue.person.PersonDetails;
import org.ricercar.archive.catalogue.person.PersonService;
import org.ricercar.archive.catalogue.source.SourceDetails;
import org.ricercar.archive.catalogue.source.SourceService;
import org.ricercar.archive.catalogue.work.WorkDetails;
import org.ricercar.archive.catalogue.work.WorkService;
import org.ricercar.archive.http.JsonRequestBinder;

/**
 * Loads {@code demo/catalogue.json} through the same services and validation as the API, in one
 * transaction: either the whole demo catalogue is there, with a revision history, or none of it.
 */
@ApplicationScoped
public class DemoCatalogue {

  /** JSON-P's provider, looked up once: Json.create… would search the class path every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
  private static final String RESOURCE = "/demo/catalogue.json";
  private static final Actor LOADER = Actor.system("demo-loader");

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject PersonService people;
  @Inject WorkService works;
  @Inject SourceService sources;
  @Inject CollectionService collections;

  /** Loads the demo catalogue unless the catalogue already holds people or works. */
  @Transactional
  public void loadIntoEmptyCatalogue() {
    long existing =
        em.createQuery("select count(p) from Person p", Long.class).getSingleResult()
            + em.createQuery("select count(w) from Work w", Long.class).getSingleResult();
    if (existing > 0) {
      LOG.info("The catalogue is not empty; the demo catalogue is not loaded");
      return;
    }
    JsonObject demo = read();
    Map<String, Long> personIds = new HashMap<>();
    for (JsonObject person : objects(demo, "people")) {
      var details = JsonRequestBinder.bind(person.getJsonObject("details"), PersonDetails.class);
      personIds.put(person.getString("key"), people.create(details, LOADER).id());
    }
    Map<String, Long> workIds = new HashMap<>();
    for (JsonObject work : objects(demo, "works")) {
      var composers = JSON.createArrayBuilder();
      keys(work, "composers").forEach(key -> composers.add(idOf(personIds, key, "person")));
      var details =
          JsonRequestBinder.bind(
              JSON.createObjectBuilder(work.getJsonObject("details"))
                  .add("composerIds", composers)
                  .build(),
              WorkDetails.class);
      long workId = works.create(details, LOADER).id();
      workIds.put(work.getString("key"), workId);
      for (JsonObject source : objects(work, "sources")) {
        sources.create(
            JsonRequestBinder.bind(
                JSON.createObjectBuilder(source).add("workId", workId).build(),
                SourceDetails.class),
            LOADER);
      }
    }
    for (JsonObject collection : objects(demo, "collections")) {
      long parentId = createCollection(collection, null, workIds);
      for (JsonObject child : objects(collection, "children")) {
        createCollection(child, parentId, workIds);
      }
    }
    LOG.info(
        () ->
            "Demo catalogue loaded: " + personIds.size() + " people, " + workIds.size() + " works");
  }

  private long createCollection(JsonObject collection, Long parentId, Map<String, Long> workIds) {
    var ids = JSON.createArrayBuilder();
    keys(collection, "works").forEach(key -> ids.add(idOf(workIds, key, "work")));
    var details = JSON.createObjectBuilder(collection.getJsonObject("details")).add("workIds", ids);
    if (parentId != null) {
      details.add("parentId", parentId);
    }
    return collections
        .create(JsonRequestBinder.bind(details.build(), CollectionDetails.class), LOADER)
        .id();
  }

  private static long idOf(Map<String, Long> ids, String key, String kind) {
    Long id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException("The demo catalogue names an unknown " + kind + ": " + key);
    }
    return id;
  }

  private static List<String> keys(JsonObject parent, String name) {
    return parent.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<JsonObject> objects(JsonObject parent, String name) {
    JsonArray array = parent.getJsonArray(name);
    return array == null ? List.of() : new ArrayList<>(array.getValuesAs(JsonObject.class));
  }

  private static JsonObject read() {
    try (InputStream in = DemoCatalogue.class.getResourceAsStream(RESOURCE);
        var reader = JSON.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
