package org.ricercar.archive.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ricercar.archive.catalogue.person.Person;
import org.ricercar.archive.catalogue.work.Work;
import org.ricercar.archive.catalogue.work.WorkDetails;
import org.ricercar.archive.catalogue.work.WorkSummary;
import org.ricercar.archive.files.RightsStatement;
import org.ricercar.archive.scores.ScoreFormat;
import org.ricercar.search.IndexedWork;
import org.ricercar.search.melody.Incipit;

/**
 * Reads works from the catalogue in the form the search index takes them: the work with its
 * composers, the text of its published sources and collections, the formats and rights of its
 * files, and the work as listings show it, so that search hits are shown without the database. A
 * page of works is read with one query per kind of related record.
 */
@ApplicationScoped
@Transactional
public class IndexedWorks {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  /** Those of the given works that are published, by id; withdrawn and unknown ids are absent. */
  public Map<Long, IndexedWork> published(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Work> works =
        em.createQuery(
                "select r from Work r where r.id in :ids and r.withdrawal.withdrawnAt is null",
                Work.class)
            .setParameter("ids", ids)
            .getResultList();
    return indexed(works).stream()
        .collect(Collectors.toMap(w -> Long.parseLong(w.id()), Function.identity()));
  }

  /** A page of published works in id order, starting after the given id. */
  public List<IndexedWork> publishedAfter(long afterId, int limit) {
    List<Work> works =
        em.createQuery(
                "select r from Work r where r.id > :after and r.withdrawal.withdrawnAt is null"
                    + " order by r.id",
                Work.class)
            .setParameter("after", afterId)
            .setMaxResults(limit)
            .getResultList();
    return indexed(works);
  }

  /** How many works are published: what a full rebuild will index. */
  public long publishedCount() {
    return em.createQuery(
            "select count(r) from Work r where r.withdrawal.withdrawnAt is null", Long.class)
        .getSingleResult();
  }

  /**
   * The works whose index entries a change to these ledger subjects may affect, as far as the
   * database knows now: the work itself, the work of a source or file, the works in a collection
   * and the works of a composer. (Works that no longer refer to the record are found in the index.)
   */
  public Set<Long> currentlyReferring(Collection<String> subjects) {
    var ids = new LinkedHashSet<Long>();
    var bySubject = new HashMap<String, List<Long>>();
    for (String subject : subjects) {
      int colon = subject.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String kind = subject.substring(0, colon);
      try {
        long id = Long.parseLong(subject.substring(colon + 1));
        bySubject.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
      } catch (NumberFormatException notARecord) {
        // e.g. blob:<sha-256>, which no work's entry depends on
      }
    }
    ids.addAll(bySubject.getOrDefault("work", List.of()));
    ids.addAll(
        referring(
            "select r.id from Work r join r.composers c where c.id in :ids", bySubject, "person"));
    ids.addAll(referring("select s.work.id from Source s where s.id in :ids", bySubject, "source"));
    ids.addAll(
        referring(
            "select f.source.work.id from SourceFile f where f.id in :ids", bySubject, "file"));
    ids.addAll(
        referring(
            "select w.id from CuratedCollection c join c.works w where c.id in :ids",
            bySubject,
            "collection"));
    return ids;
  }

  private List<Long> referring(String query, Map<String, List<Long>> bySubject, String kind) {
    List<Long> ids = bySubject.get(kind);
    if (ids == null) {
      return List.of();
    }
    return em.createQuery(query, Long.class).setParameter("ids", ids).getResultList();
  }

  private List<IndexedWork> indexed(List<Work> works) {
    if (works.isEmpty()) {
      return List.of();
    }
    List<Long> ids = works.stream().map(Work::id).toList();
    var related = new HashMap<Long, Related>();
    ids.forEach(id -> related.put(id, new Related()));
    em.createQuery(
            "select s.work.id, s.id, s.title, s.holdingInstitution, s.shelfmark from Source s"
                + " where s.work.id in :ids and s.withdrawal.withdrawnAt is null",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(
            row -> {
              Related r = related.get((Long) row[0]);
              r.references.add("source:" + row[1]);
              for (int i = 2; i < row.length; i++) {
                if (row[i] != null) {
                  r.text.add((String) row[i]);
                }
              }
            });
    em.createQuery(
            "select f.source.work.id, f.id, f.format, f.rights from SourceFile f"
                + " where f.source.work.id in :ids and f.source.withdrawal.withdrawnAt is null",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(
            row -> {
              Related r = related.get((Long) row[0]);
              r.references.add("file:" + row[1]);
              r.formats.add(formatName((ScoreFormat) row[2]));
              r.rights.add(RightsStatement.label((String) row[3]));
            });
    em.createQuery(
            "select w.id, c.id, c.title from CuratedCollection c join c.works w"
                + " where w.id in :ids and c.withdrawal.withdrawnAt is null",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(
            row -> {
              Related r = related.get((Long) row[0]);
              r.references.add("collection:" + row[1]);
              r.text.add((String) row[2]);
            });
    return works.stream().map(work -> indexed(work, related.get(work.id()))).toList();
  }

  private static IndexedWork indexed(Work work, Related related) {
    WorkDetails d = work.details();
    var composers = new ArrayList<String>();
    var variants = new ArrayList<String>();
    for (Person composer : work.composers()) {
      composers.add(composer.name());
      composer.allNames().stream().filter(n -> !n.equals(composer.name())).forEach(variants::add);
      related.references.add("person:" + composer.id());
    }
    var text = new ArrayList<String>();
    if (d.textIncipit() != null) {
      text.add(d.textIncipit());
    }
    if (d.notes() != null) {
      text.add(d.notes());
    }
    text.addAll(d.movements());
    text.addAll(related.text);
    return new IndexedWork(
        Long.toString(work.id()),
        d.title(),
        d.alternativeTitles(),
        composers,
        variants,
        d.catalogueNumber(),
        d.genre(),
        d.instrumentation(),
        d.key(),
        work.yearFrom(),
        d.period() == null ? null : periodName(d.period().name()),
        List.copyOf(related.formats),
        List.copyOf(related.rights),
        false,
        List.of(),
        String.join("\n", text),
        d.incipit() == null ? null : Incipit.parse(d.incipit()),
        JSONB.toJson(WorkSummary.of(work)),
        List.copyOf(related.references));
  }

  private static String periodName(String constant) {
    return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String formatName(ScoreFormat format) {
    return switch (format) {
      case MUSICXML, MXL -> "MusicXML";
      case MARCXML -> "MARCXML";
      case HUMDRUM -> "Humdrum";
      default -> format.name();
    };
  }

  /** What a work's index entry takes from the records around it. */
  private static final class Related {
    final List<String> text = new ArrayList<>();
    final Set<String> formats = new LinkedHashSet<>();
    final Set<String> rights = new LinkedHashSet<>();
    final Set<String> references = new LinkedHashSet<>();
  }
}
