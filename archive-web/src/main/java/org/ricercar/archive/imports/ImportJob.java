package org.ricercar.archive.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A bulk import: where its files come from, where it has got to, and what it found. */
@Entity
@Table(name = "import_job")
public class ImportJob {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
  @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false)
  private String origin;

  private String folder;

  @Column(nullable = false)
  private String rights;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportState state;

  @Column(name = "total_files")
  private Integer totalFiles;

  @Column(name = "processed_files", nullable = false)
  private int processedFiles;

  private int imported;
  private int duplicates;
  private int merged;
  private int rejected;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private String failure;

  protected ImportJob() {}

  /**
   * @param origin what the librarian sees: the zip's name or the folder
   * @param folder the server folder to read, or null for an uploaded zip
   */
  ImportJob(String origin, String folder, String rights, String startedBy, Instant now) {
    this.origin = origin;
    this.folder = folder;
    this.rights = rights;
    this.startedBy = startedBy;
    this.createdAt = now;
    this.state = ImportState.QUEUED;
  }

  void start(int totalFiles, Instant now) {
    requireState(ImportState.QUEUED);
    this.state = ImportState.RUNNING;
    this.totalFiles = totalFiles;
    if (startedAt == null) {
      startedAt = now;
    }
  }

  void count(ImportOutcome outcome) {
    processedFiles++;
    switch (outcome) {
      case IMPORTED -> imported++;
      case DUPLICATE -> duplicates++;
      case MERGED -> merged++;
      case REJECTED -> rejected++;
    }
  }

  void complete(Instant now) {
    requireState(ImportState.RUNNING);
    state = ImportState.COMPLETED;
    finishedAt = now;
  }

  void fail(String reason, Instant now) {
    state = ImportState.FAILED;
    failure = reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
    finishedAt = now;
  }

  /** A restart stopped the job; what it finished stays recorded. */
  void interrupt() {
    if (state == ImportState.QUEUED || state == ImportState.RUNNING) {
      state = ImportState.INTERRUPTED;
    }
  }

  /**
   * Queues the job to go through its files again, skipping those its report already lists: an
   * interrupted or failed job finishes, a completed one finds nothing left to do.
   */
  void resume() {
    if (state == ImportState.QUEUED || state == ImportState.RUNNING) {
      throw new ImportStateException(id, state, ImportState.INTERRUPTED);
    }
    state = ImportState.QUEUED;
    failure = null;
    finishedAt = null;
  }

  private void requireState(ImportState expected) {
    if (state != expected) {
      throw new ImportStateException(id, state, expected);
    }
  }

  public Long id() {
    return id;
  }

  String folder() {
    return folder;
  }

  String rights() {
    return rights;
  }

  ImportState state() {
    return state;
  }

  ImportView view() {
    return new ImportView(
        id,
        origin,
        state,
        totalFiles,
        processedFiles,
        imported,
        duplicates,
        merged,
        rejected,
        startedBy,
        createdAt,
        startedAt,
        finishedAt,
        failure);
  }
}
