package org.ricercar.archive.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.ricercar.archive.catalogue.source.Source;
import org.ricercar.archive.scores.ScoreFormat;
import org.ricercar.governance.ledger.Sha256;

/**
 * A file attached to a source: stored content (by digest) with its original name, format, rights
 * statement and what was extracted from it. A file holding several works (an ABC tunebook, a
 * MARCXML collection) is attached once per work, each with the locator of that work inside it.
 */
@Entity
@Table(name = "source_file")
public class SourceFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_file_seq")
  @SequenceGenerator(
      name = "source_file_seq",
      sequenceName = "source_file_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_id")
  private Source source;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false)
  private String locator;

  @Column(nullable = false)
  private String filename;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ScoreFormat format;

  @Column(nullable = false)
  private long size;

  @Column(nullable = false)
  private String rights;

  private String extracted;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  protected SourceFile() {}

  /**
   * @param locator where in the file the source's work is, or null when the file holds one work
   * @param extracted what was read from the file, as JSON, or null for files that encode no music
   */
  public SourceFile(
      Source source,
      Sha256 sha256,
      String locator,
      String filename,
      ScoreFormat format,
      long size,
      String rights,
      String extracted,
      Instant uploadedAt,
      String uploadedBy) {
    this.source = Objects.requireNonNull(source);
    this.sha256 = sha256.hex();
    this.locator = locator == null ? "" : locator;
    this.filename = Objects.requireNonNull(filename);
    this.format = Objects.requireNonNull(format);
    this.size = size;
    this.rights = Objects.requireNonNull(rights);
    this.extracted = extracted;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long id() {
    return id;
  }

  public Source source() {
    return source;
  }

  public Sha256 sha256() {
    return new Sha256(sha256);
  }

  public String locator() {
    return locator.isEmpty() ? null : locator;
  }

  public String filename() {
    return filename;
  }

  public ScoreFormat format() {
    return format;
  }

  public long size() {
    return size;
  }

  public String rights() {
    return rights;
  }

  public String extracted() {
    return extracted;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  /** How the provenance ledger names this file. */
  public String subject() {
    return "file:" + id;
  }
}
