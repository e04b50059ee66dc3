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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The report line for one file an import has finished with. */
@Entity
@Table(name = "import_item")
public class ImportItem {

  /** How many of a file's works the report lists by id (a MARCXML collection may hold 10,000). */
  static final int MAX_LISTED_WORKS = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_item_seq")
  @SequenceGenerator(
      name = "import_item_seq",
      sequenceName = "import_item_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "job_id", nullable = false)
  private long jobId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String path;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportOutcome outcome;

  private String reason;

  @Column(name = "file_id")
  private Long fileId;

  @Column(name = "work_ids", nullable = false)
  private String workIds;

  protected ImportItem() {}

  ImportItem(
      long jobId,
      int position,
      String path,
      ImportOutcome outcome,
      String reason,
      Long fileId,
      List<Long> workIds) {
    this.jobId = jobId;
    this.position = position;
    this.path = path;
    this.outcome = outcome;
    this.reason =
        reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
    this.fileId = fileId;
    this.workIds =
        workIds.stream()
            .distinct()
            .limit(MAX_LISTED_WORKS)
            .map(String::valueOf)
            .collect(Collectors.joining(","));
  }

  String path() {
    return path;
  }

  ImportItemView view() {
    return new ImportItemView(
        path,
        outcome,
        reason,
        fileId,
        workIds.isEmpty()
            ? List.of()
            : Arrays.stream(workIds.split(",")).map(Long::valueOf).toList());
  }
}
