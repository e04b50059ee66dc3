package org.ricercar.archive.catalogue.source;

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
import org.ricercar.archive.catalogue.CatalogueRecord;
import org.ricercar.archive.catalogue.HistoricalDate;
import org.ricercar.archive.catalogue.SortKey;
import org.ricercar.archive.catalogue.work.Work;

/** A manuscript, print, edition or recording of a work. */
@Entity
@Table(name = "source")
public class Source extends CatalogueRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
  @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_id", nullable = false)
  private Work work;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SourceKind kind;

  @Column(nullable = false)
  private String title;

  @Column(name = "sort_key", nullable = false)
  private String sortKey;

  @Column(name = "holding_institution")
  private String holdingInstitution;

  private String shelfmark;

  @Column(name = "date_text")
  private String date;

  @Column(name = "year_from")
  private Integer yearFrom;

  @Column(name = "year_to")
  private Integer yearTo;

  private String notes;

  protected Source() {}

  Source(SourceDetails details, Work work) {
    revise(details, work);
  }

  void revise(SourceDetails details, Work work) {
    this.work = work;
    this.kind = details.kind();
    this.title = details.title();
    this.sortKey = SortKey.of(title, 300);
    this.holdingInstitution = details.holdingInstitution();
    this.shelfmark = details.shelfmark();
    this.date = details.date();
    var years = HistoricalDate.parse(date, true);
    this.yearFrom = years.map(HistoricalDate::yearFrom).orElse(null);
    this.yearTo = years.map(HistoricalDate::yearTo).orElse(null);
    this.notes = details.notes();
  }

  SourceDetails details() {
    return new SourceDetails(work.id(), kind, title, holdingInstitution, shelfmark, date, notes);
  }

  @Override
  public Long id() {
    return id;
  }

  public Work work() {
    return work;
  }
}
