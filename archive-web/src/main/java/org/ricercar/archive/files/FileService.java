package org.ricercar.archive.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import org.ricercar.archive.ArchiveSettings;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.InvalidDetailsException;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.archive.catalogue.RecordNotFoundException;
import org.ricercar.archive.catalogue.RecordStateConflictException;
import org.ricercar.archive.catalogue.Viewer;
import org.ricercar.archive.catalogue.source.Source;
import org.ricercar.archive.catalogue.source.SourceService;
import org.ricercar.archive.catalogue.work.WorkService;
import org.ricercar.archive.scores.ExtractedWork;
import org.ricercar.archive.scores.RejectedFileException;
import org.ricercar.archive.scores.ScoreReader;
import org.ricercar.archive.scores.ScoreReading;

/**
 * Files on sources: a librarian uploads one, anyone who may see the source lists and downloads
 * them. An upload is read before it is stored, so a rejected file leaves no trace; an accepted one
 * fills in what its work's record lacks (incipit, metre, movements, key).
 */
@ApplicationScoped
@Transactional
public class FileService {

  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Inject ArchiveSettings settings;

  @Inject BlobStore store;

  @Inject ScoreReader reader;

  @Inject FileRecords records;

  @Inject SourceService sources;

  @Inject WorkService works;

  /** Content and how to serve it. */
  public record Content(FileView file, InputStream bytes) {}

  public FileView upload(
      long sourceId, String suppliedName, String rights, InputStream body, Actor actor) {
    if (!RightsStatement.isValid(rights)) {
      throw new InvalidDetailsException("rights", RightsStatement.MESSAGE);
    }
    String filename = Filenames.clean(suppliedName);
    Source source = em.find(Source.class, sourceId);
    if (source == null) {
      throw new RecordNotFoundException(RecordKind.SOURCE, sourceId);
    }
    if (source.isWithdrawn()) {
      throw new RecordStateConflictException("source " + sourceId + " is withdrawn");
    }
    var limits = settings.ingestLimits();
    try (StagedFile staged = store.stage(body, limits.maxFileBytes(), filename)) {
      ScoreReading reading = read(staged, filename);
      // A single upload describes its source's work only when the file holds exactly one work.
      ExtractedWork work = reading.works().size() == 1 ? reading.works().getFirst() : null;
      records
          .attached(source, staged.sha256(), work == null ? null : work.locator())
          .ifPresent(
              existing -> {
                throw new FileAlreadyAttachedException(filename, sourceId, existing.id());
              });
      SourceFile file =
          records.attach(source, staged, reading.format(), work, filename, rights, actor);
      if (work != null) {
        works.supplement(source.work().id(), work, actor);
      }
      em.flush();
      return FileRecords.view(file);
    }
  }

  public FileView read(long fileId, Viewer viewer) {
    return FileRecords.view(visible(fileId, viewer));
  }

  /** The stored bytes of a file. */
  public Content content(long fileId, Viewer viewer) {
    SourceFile file = visible(fileId, viewer);
    InputStream bytes =
        store
            .open(file.sha256())
            .orElseThrow(
                () ->
                    new RecordStateConflictException(
                        "the content of file "
                            + fileId
                            + " is missing from the store; the fixity audit reports it"));
    return new Content(FileRecords.view(file), bytes);
  }

  public List<FileView> ofSource(long sourceId, Viewer viewer) {
    sources.read(sourceId, viewer);
    return em.createQuery(
            "select f from SourceFile f where f.source.id = :source order by f.uploadedAt, f.id",
            SourceFile.class)
        .setParameter("source", sourceId)
        .getResultStream()
        .map(FileRecords::view)
        .toList();
  }

  public List<FileView> ofWork(long workId, Viewer viewer) {
    works.requireVisible(workId, viewer);
    return em.createQuery(
            "select f from SourceFile f where f.source.work.id = :work"
                + (viewer == Viewer.PUBLIC ? " and f.source.withdrawal.withdrawnAt is null" : "")
                + " order by f.uploadedAt, f.id",
            SourceFile.class)
        .setParameter("work", workId)
        .getResultStream()
        .map(FileRecords::view)
        .toList();
  }

  private ScoreReading read(StagedFile staged, String filename) {
    try {
      return reader.read(staged.path(), filename, settings.ingestLimits());
    } catch (RejectedFileException e) {
      throw new RejectedFileException(filename + ": " + e.reason(), e);
    }
  }

  private SourceFile visible(long fileId, Viewer viewer) {
    SourceFile file = em.find(SourceFile.class, fileId);
    if (file == null) {
      throw new RecordNotFoundException("file", fileId);
    }
    sources.read(file.source().id(), viewer);
    return file;
  }
}
