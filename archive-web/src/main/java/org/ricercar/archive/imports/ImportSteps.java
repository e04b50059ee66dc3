package org.ricercar.archive.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.HistoricalDate;
import org.ricercar.archive.catalogue.person.NameKey;
import org.ricercar.archive.catalogue.person.PersonService;
import org.ricercar.archive.catalogue.source.Source;
import org.ricercar.archive.catalogue.source.SourceDetails;
import org.ricercar.archive.catalogue.source.SourceKind;
import org.ricercar.archive.catalogue.source.SourceService;
import org.ricercar.archive.catalogue.work.MatchKey;
import org.ricercar.archive.catalogue.work.WorkService;
import org.ricercar.archive.files.FileRecords;
import org.ricercar.archive.files.SourceFile;
import org.ricercar.archive.files.StagedFile;
import org.ricercar.archive.scores.ExtractedWork;
import org.ricercar.archive.scores.ScoreFormat;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerEvent;

/** The steps of an import, each its own transaction, so a crash loses at most the current one. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ImportSteps {

  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject PersonService people;

  @Inject WorkService works;

  @Inject SourceService sources;

  @Inject FileRecords files;

  @Inject Ledger ledger;

  /** Where one of a file's works went. */
  public record Placed(long workId, boolean created, Long fileId, boolean alreadyThere) {}

  public ImportJob job(long id) {
    return em.find(ImportJob.class, id);
  }

  /** Marks the job running with its file count and returns the paths it has already finished. */
  public Set<String> start(long jobId, int totalFiles) {
    job(jobId).start(totalFiles, now());
    return new HashSet<>(
        em.createQuery("select i.path from ImportItem i where i.jobId = :job", String.class)
            .setParameter("job", jobId)
            .getResultList());
  }

  /**
   * Adds works read from one file: each is matched to a work the archive holds (same composer,
   * title and catalogue number) or catalogued as new, gets a source describing the file, and the
   * file is attached to that source. Works whose part of the file is already attached are left
   * alone, so a file half-done before a crash is completed, not duplicated.
   */
  public List<Placed> place(
      StagedFile staged,
      ScoreFormat format,
      List<ExtractedWork> found,
      String filename,
      String rights,
      Actor actor) {
    Map<String, SourceFile> attached = attached(staged, found);
    var pending = new ArrayList<ExtractedWork>(found.size());
    var placed = new ArrayList<Placed>(found.size());
    for (ExtractedWork work : found) {
      var existing = attached.get(locator(work));
      if (existing != null) {
        placed.add(new Placed(existing.source().work().id(), false, existing.id(), true));
      } else {
        pending.add(work);
      }
    }
    Map<String, Long> people = people(pending, actor);
    var matchKeys = new HashMap<ExtractedWork, String>();
    for (ExtractedWork work : pending) {
      long composer = people.get(NameKey.of(composers(work).getFirst()));
      matchKeys.put(work, MatchKey.of(composer, title(work, filename), work.catalogueNumber()));
    }
    Map<String, Long> workIds = new HashMap<>(works.findMatching(matchKeys.values()));
    for (ExtractedWork work : pending) {
      String matchKey = matchKeys.get(work);
      Long matched = workIds.get(matchKey);
      List<Long> composerIds =
          composers(work).stream().map(name -> people.get(NameKey.of(name))).distinct().toList();
      long workId =
          matched != null
              ? matched
              : works
                  .createFromFile(work.withTitle(title(work, filename)), composerIds, actor)
                  .id();
      workIds.put(matchKey, workId);
      Source source =
          sources.reference(
              sources.create(sourceDetails(workId, format, work, filename), actor).id());
      SourceFile file = files.attach(source, staged, format, work, filename, rights, actor);
      if (matched != null) {
        works.supplement(workId, work, actor);
      }
      placed.add(new Placed(workId, matched == null, file.id(), false));
    }
    em.flush();
    return placed;
  }

  /**
   * The ids of every person the works name, by {@link NameKey}: those the archive holds found in
   * one query, the others catalogued now. The look-up does not flush this transaction's pending
   * inserts, so new records go to the database in batches at the end.
   */
  private Map<String, Long> people(List<ExtractedWork> found, Actor actor) {
    var names = new LinkedHashMap<String, String>();
    var lifeDates = new HashMap<String, String>();
    for (ExtractedWork work : found) {
      for (String name : composers(work)) {
        String key = NameKey.of(name);
        names.putIfAbsent(key, name);
        if (work.lifeDates().get(name) != null) {
          lifeDates.putIfAbsent(key, work.lifeDates().get(name));
        }
      }
    }
    Map<String, Long> ids = new HashMap<>(this.people.findByNames(names.values()));
    names.forEach(
        (key, name) ->
            ids.computeIfAbsent(
                key, k -> this.people.createFromFile(name, lifeDates.get(k), actor)));
    return ids;
  }

  /** The composers a work names, at most 20; "Anonymous" when it names none. */
  private static List<String> composers(ExtractedWork work) {
    return work.composers().isEmpty()
        ? List.of("Anonymous")
        : work.composers().stream().limit(20).toList();
  }

  private static String title(ExtractedWork work, String filename) {
    return work.title() != null ? work.title() : untitled(filename, work.locator());
  }

  /**
   * Places a file's last works and writes its report line in one transaction, so a file whose works
   * all fit in one transaction is imported and reported together or not at all.
   *
   * @param earlier where the file's earlier works went, in transactions of their own
   */
  public void placeAndRecord(
      long jobId,
      int position,
      String path,
      List<Placed> earlier,
      StagedFile staged,
      ScoreFormat format,
      List<ExtractedWork> found,
      String filename,
      String rights,
      Actor actor) {
    var placed = new ArrayList<>(earlier);
    placed.addAll(place(staged, format, found, filename, rights, actor));
    record(
        jobId,
        position,
        path,
        outcome(placed),
        null,
        placed.getFirst().fileId(),
        placed.stream().map(Placed::workId).toList());
  }

  private static ImportOutcome outcome(List<Placed> placed) {
    if (placed.stream().allMatch(Placed::alreadyThere)) {
      return ImportOutcome.DUPLICATE;
    }
    return placed.stream().anyMatch(Placed::created)
        ? ImportOutcome.IMPORTED
        : ImportOutcome.MERGED;
  }

  /** Records what became of one file and counts it. */
  public void record(
      long jobId,
      int position,
      String path,
      ImportOutcome outcome,
      String reason,
      Long fileId,
      List<Long> workIds) {
    em.persist(new ImportItem(jobId, position, path, outcome, reason, fileId, workIds));
    job(jobId).count(outcome);
  }

  public void complete(long jobId) {
    ImportJob job = job(jobId);
    job.complete(now());
    ImportView view = job.view();
    ledger.append(
        new LedgerEvent(
            "user:" + view.startedBy(),
            "import.completed",
            "import:" + jobId,
            JSON.createObjectBuilder()
                .add("origin", view.origin())
                .add("files", view.processedFiles())
                .add("imported", view.imported())
                .add("duplicates", view.duplicates())
                .add("merged", view.merged())
                .add("rejected", view.rejected())
                .build()
                .toString()));
  }

  public void fail(long jobId, String reason) {
    job(jobId).fail(reason, now());
  }

  /** At start-up: jobs that a shutdown or crash stopped are marked interrupted. */
  public int interruptUnfinished() {
    List<ImportJob> unfinished =
        em.createQuery("select j from ImportJob j where j.state in :states", ImportJob.class)
            .setParameter("states", List.of(ImportState.QUEUED, ImportState.RUNNING))
            .getResultList();
    unfinished.forEach(ImportJob::interrupt);
    return unfinished.size();
  }

  /**
   * The files already attached for these works' parts of the content, by locator: none when the
   * content is new, which needs no query per work.
   */
  private Map<String, SourceFile> attached(StagedFile staged, List<ExtractedWork> found) {
    var attached = new HashMap<String, SourceFile>();
    if (!files.isStored(staged.sha256())) {
      return attached;
    }
    em.createQuery(
            "select f from SourceFile f where f.sha256 = :sha256 and f.locator in :locators"
                + " order by f.id",
            SourceFile.class)
        .setParameter("sha256", staged.sha256().hex())
        .setParameter("locators", found.stream().map(ImportSteps::locator).distinct().toList())
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .forEach(file -> attached.putIfAbsent(locator(file.locator()), file));
    return attached;
  }

  private static String locator(ExtractedWork work) {
    return locator(work.locator());
  }

  private static String locator(String locator) {
    return locator == null ? "" : locator;
  }

  private static String untitled(String filename, String locator) {
    return "Untitled (" + filename + (locator == null ? "" : ", " + locator) + ")";
  }

  private static SourceDetails sourceDetails(
      long workId, ScoreFormat format, ExtractedWork work, String filename) {
    var described = work.source();
    SourceKind kind =
        described != null && "manuscript".equals(described.kind())
            ? SourceKind.MANUSCRIPT
            : described != null && "print".equals(described.kind())
                ? SourceKind.PRINT
                : SourceKind.EDITION;
    String title =
        described != null
            ? "Catalogue record (" + filename + ")"
            : "Digital encoding, " + format.name() + " (" + filename + ")";
    String date =
        described != null
                && described.date() != null
                && HistoricalDate.parse(described.date().strip(), true).isPresent()
            ? described.date().strip()
            : null;
    return new SourceDetails(
        workId,
        kind,
        clip(title, 300),
        described == null ? null : clip(described.institution(), 200),
        described == null ? null : clip(described.shelfmark(), 100),
        date,
        described != null && described.date() != null && date == null
            ? "Date as catalogued: " + clip(described.date(), 200)
            : null);
  }

  private static String clip(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
