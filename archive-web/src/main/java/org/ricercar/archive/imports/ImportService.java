package org.ricercar.archive.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ricercar.archive.ArchiveSettings;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.InvalidDetailsException;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.catalogue.RecordNotFoundException;
import org.ricercar.archive.files.BlobStore;
import org.ricercar.archive.files.Filenames;
import org.ricercar.archive.files.RightsStatement;
import org.ricercar.archive.files.StagedFile;

/**
 * Starting, following and resuming bulk imports. A zip is checked as a whole before its job is
 * queued, so an unreadable or oversized one is refused at once; its files are judged one by one by
 * the job.
 */
@ApplicationScoped
@Transactional
public class ImportService {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject ArchiveSettings settings;

  @Inject BlobStore store;

  @Inject ImportRunner runner;

  @Resource TransactionSynchronizationRegistry transactions;

  public ImportView startZip(String suppliedName, String rights, InputStream body, Actor actor) {
    requireRights(rights);
    String name = Filenames.clean(suppliedName);
    var limits = settings.ingestLimits();
    try (StagedFile staged = store.stage(body, limits.maxImportBytes(), name)) {
      ZipEntries.open(staged.path(), name, limits).close();
      var job = new ImportJob(name, null, rights, actor.name(), now());
      em.persist(job);
      em.flush();
      Files.move(staged.path(), runner.zipOf(job.id()), StandardCopyOption.ATOMIC_MOVE);
      runAfterCommit(job.id());
      return job.view();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ImportView startFolder(String folder, String rights, Actor actor) {
    requireRights(rights);
    Path root =
        settings
            .importRoot()
            .orElseThrow(
                () ->
                    new InvalidDetailsException(
                        "folder", "folder imports are off: no import root is configured"));
    if (folder == null || folder.isBlank() || folder.length() > 1000) {
      throw new InvalidDetailsException("folder", "must name a folder inside the import root");
    }
    Path resolved = FolderEntries.resolve(root, folder.strip());
    var job = new ImportJob(folder.strip(), resolved.toString(), rights, actor.name(), now());
    em.persist(job);
    em.flush();
    runAfterCommit(job.id());
    return job.view();
  }

  public ImportView read(long id) {
    return job(id).view();
  }

  public Page<ImportView> list(PageRequest request) {
    long total = em.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
    List<ImportView> jobs =
        em.createQuery(
                "select j from ImportJob j order by j.createdAt desc, j.id desc", ImportJob.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultStream()
            .map(ImportJob::view)
            .toList();
    return new Page<>(jobs, request, total);
  }

  /** The job's report, in the order the files were finished, optionally of one outcome. */
  public Page<ImportItemView> items(long id, PageRequest request, ImportOutcome outcome) {
    job(id);
    String where =
        "from ImportItem i where i.jobId = :job"
            + (outcome == null ? "" : " and i.outcome = :outcome");
    var count = em.createQuery("select count(i) " + where, Long.class).setParameter("job", id);
    var select =
        em.createQuery("select i " + where + " order by i.position, i.id", ImportItem.class)
            .setParameter("job", id);
    if (outcome != null) {
      count.setParameter("outcome", outcome);
      select.setParameter("outcome", outcome);
    }
    List<ImportItemView> items =
        select
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultStream()
            .map(ImportItem::view)
            .toList();
    return new Page<>(items, request, count.getSingleResult());
  }

  /** Continues an interrupted job from the first file it had not finished. */
  public ImportView resume(long id) {
    ImportJob job = job(id);
    job.resume();
    runAfterCommit(id);
    return job.view();
  }

  private ImportJob job(long id) {
    ImportJob job = em.find(ImportJob.class, id);
    if (job == null) {
      throw new RecordNotFoundException("import", id);
    }
    return job;
  }

  /** The job runs once its queued state is committed, and not at all if the request fails. */
  private void runAfterCommit(long jobId) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              runner.submit(jobId);
            }
          }
        });
  }

  private static void requireRights(String rights) {
    if (!RightsStatement.isValid(rights)) {
      throw new InvalidDetailsException("rights", RightsStatement.MESSAGE);
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
