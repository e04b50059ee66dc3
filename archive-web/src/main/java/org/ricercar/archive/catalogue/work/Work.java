package org.ricercar.archive.catalogue.work;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.ricercar.archive.catalogue.CatalogueRecord;
import org.ricercar.archive.catalogue.HistoricalDate;
import org.ricercar.archive.catalogue.SortKey;
import org.ricercar.archive.catalogue.person.Person;

/** A musical work, with one or more composers. Sources and collections refer to it. */
@Entity
@Table(name = "work")
public class Work extends CatalogueRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_seq")
  @SequenceGenerator(name = "work_seq", sequenceName = "work_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(name = "sort_key", nullable = false)
  private String sortKey;

  @ElementCollection
  @CollectionTable(name = "work_alternative_title", joinColumns = @JoinColumn(name = "work_id"))
  @OrderColumn(name = "position")
  @Column(name = "title", nullable = false)
  private List<String> alternativeTitles = new ArrayList<>();

  @Column(name = "catalogue_number")
  private String catalogueNumber;

  private String genre;

  @Column(name = "musical_key")
  private String key;

  @ElementCollection
  @CollectionTable(name = "work_instrument", joinColumns = @JoinColumn(name = "work_id"))
  @OrderColumn(name = "position")
  @Column(name = "instrument", nullable = false)
  private List<String> instrumentation = new ArrayList<>();

  private String metre;

  @ElementCollection
  @CollectionTable(name = "work_movement", joinColumns = @JoinColumn(name = "work_id"))
  @OrderColumn(name = "position")
  @Column(name = "title", nullable = false)
  private List<String> movements = new ArrayList<>();

  private String incipit;

  @Column(name = "match_key")
  private String matchKey;

  @Column(name = "date_text")
  private String date;

  @Column(name = "year_from")
  private Integer yearFrom;

  @Column(name = "year_to")
  private Integer yearTo;

  @Enumerated(EnumType.STRING)
  private Period period;

  private String language;

  @Column(name = "text_incipit")
  private String textIncipit;

  private String notes;

  @ManyToMany
  @JoinTable(
      name = "work_composer",
      joinColumns = @JoinColumn(name = "work_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  @OrderColumn(name = "position")
  private List<Person> composers = new ArrayList<>();

  protected Work() {}

  Work(WorkDetails details, List<Person> composers) {
    revise(details, composers);
  }

  void revise(WorkDetails details, List<Person> composers) {
    if (composers.isEmpty()) {
      throw new IllegalArgumentException("a work has at least one composer");
    }
    this.title = details.title();
    this.sortKey = SortKey.of(title, 300);
    replaceContents(alternativeTitles, details.alternativeTitles());
    this.catalogueNumber = details.catalogueNumber();
    this.genre = details.genre();
    this.key = details.key();
    replaceContents(instrumentation, details.instrumentation());
    this.metre = details.metre();
    replaceContents(movements, details.movements());
    this.incipit = details.incipit();
    this.date = details.date();
    var years = HistoricalDate.parse(date, true);
    this.yearFrom = years.map(HistoricalDate::yearFrom).orElse(null);
    this.yearTo = years.map(HistoricalDate::yearTo).orElse(null);
    this.period = details.period();
    this.language = details.language();
    this.textIncipit = details.textIncipit();
    this.notes = details.notes();
    replaceContents(this.composers, composers);
    this.matchKey = MatchKey.of(composers.getFirst(), title, catalogueNumber);
  }

  public WorkDetails details() {
    return new WorkDetails(
        title,
        List.copyOf(alternativeTitles),
        catalogueNumber,
        genre,
        key,
        List.copyOf(instrumentation),
        metre,
        List.copyOf(movements),
        date,
        period,
        language,
        textIncipit,
        notes,
        incipit,
        composers.stream().map(Person::id).toList());
  }

  @Override
  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  String catalogueNumber() {
    return catalogueNumber;
  }

  String genre() {
    return genre;
  }

  String key() {
    return key;
  }

  String incipit() {
    return incipit;
  }

  String date() {
    return date;
  }

  /** The first year of the work's date, or null when it has none. */
  public Integer yearFrom() {
    return yearFrom;
  }

  public List<Person> composers() {
    return List.copyOf(composers);
  }
}
