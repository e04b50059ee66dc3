package org.ricercar.archive.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ricercar.archive.ArchiveSettings;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.files.BlobStore;
import org.ricercar.archive.files.FileTooLargeException;
import org.ricercar.archive.files.Filenames;
import org.ricercar.archive.files.StagedFile;
import org.ricercar.archive.scores.ExtractedWork;
import org.ricercar.archive.scores.IngestLimits;
import org.ricercar.archive.scores.RejectedFileException;
import org.ricercar.archive.scores.ScoreReader;
import org.ricercar.archive.scores.ScoreReading;

/**
 * Runs import jobs in the background, one at a time: lists the files, then reads, matches and
 * stores each in turn, writing its report line as it finishes it. Files a job finished before an
 * interruption are skipped when it is resumed.
 */
@ApplicationScoped
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  /** How many of a file's works are added in one transaction. */
  static final int WORKS_PER_TRANSACTION = 100;

  @Inject ImportSteps steps;

  @Inject ScoreReader reader;

  @Inject BlobStore store;

  @Inject ArchiveSettings settings;

  @Resource ManagedExecutorService executor;

  private final Object oneAtATime = new Object();

  /** Runs the job in the background. */
  public void submit(long jobId) {
    executor.execute(() -> run(jobId));
  }

  /** Where an uploaded zip is kept until its import is finished with. */
  Path zipOf(long jobId) {
    return store.imports().resolve(jobId + ".zip");
  }

  void run(long jobId) {
    synchronized (oneAtATime) {
      ImportJob job = steps.job(jobId);
      IngestLimits limits = settings.ingestLimits();
      try (ImportEntries entries = open(job, limits)) {
        List<String> paths = entries.paths();
        Set<String> done = steps.start(jobId, paths.size());
        var actor = new Actor(job.view().startedBy(), job.view().startedBy());
        int position = done.size();
        for (String path : paths) {
          if (!done.contains(path)) {
            importFile(jobId, ++position, path, entries, job.rights(), actor, limits);
          }
        }
        steps.complete(jobId);
        LOG.info(() -> "Import " + jobId + " completed: " + steps.job(jobId).view());
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Import " + jobId + " failed", e);
        steps.fail(jobId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }
  }

  private ImportEntries open(ImportJob job, IngestLimits limits) {
    if (job.folder() != null) {
      return FolderEntries.open(Path.of(job.folder()));
    }
    return ZipEntries.open(zipOf(job.id()), job.view().origin(), limits);
  }

  private void importFile(
      long jobId,
      int position,
      String path,
      ImportEntries entries,
      String rights,
      Actor actor,
      IngestLimits limits) {
    String filename = Filenames.clean(path);
    try (InputStream in = entries.open(path);
        StagedFile staged = store.stage(in, limits.maxFileBytes(), filename)) {
      ScoreReading reading = reader.read(staged.path(), filename, limits);
      if (reading.works().isEmpty()) {
        throw new RejectedFileException(
            "a "
                + reading.format().name()
                + " file describes no work by itself; attach it to a"
                + " source on the work's page");
      }
      var placed = new ArrayList<ImportSteps.Placed>();
      List<ExtractedWork> works = reading.works();
      int last = (works.size() - 1) / WORKS_PER_TRANSACTION * WORKS_PER_TRANSACTION;
      for (int from = 0; from < last; from += WORKS_PER_TRANSACTION) {
        var chunk = works.subList(from, from + WORKS_PER_TRANSACTION);
        placed.addAll(steps.place(staged, reading.format(), chunk, filename, rights, actor));
      }
      steps.placeAndRecord(
          jobId,
          position,
          path,
          placed,
          staged,
          reading.format(),
          works.subList(last, works.size()),
          filename,
          rights,
          actor);
    } catch (RejectedFileException | FileTooLargeException e) {
      steps.record(jobId, position, path, ImportOutcome.REJECTED, e.getMessage(), null, List.of());
    } catch (IOException | UncheckedIOException e) {
      steps.record(
          jobId,
          position,
          path,
          ImportOutcome.REJECTED,
          "could not be read: " + e.getMessage(),
          null,
          List.of());
    }
  }
}
