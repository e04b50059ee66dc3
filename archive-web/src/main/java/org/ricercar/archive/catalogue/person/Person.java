package org.ricercar.archive.catalogue.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.ricercar.archive.catalogue.CatalogueRecord;
import org.ricercar.archive.catalogue.SortKey;

/** A person in the catalogue, usually a composer. */
@Entity
@Table(name = "person")
public class Person extends CatalogueRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(name = "sort_name")
  private String sortName;

  @Column(name = "sort_key", nullable = false)
  private String sortKey;

  @Column(name = "match_key")
  private String matchKey;

  @ElementCollection
  @CollectionTable(name = "person_name_variant", joinColumns = @JoinColumn(name = "person_id"))
  @OrderColumn(name = "position")
  @Column(name = "name", nullable = false)
  private List<String> nameVariants = new ArrayList<>();

  private String born;
  private String died;
  private String viaf;
  private String gnd;
  private String wikidata;
  private String notes;

  protected Person() {}

  public Person(PersonDetails details) {
    apply(details);
  }

  void revise(PersonDetails details) {
    apply(details);
  }

  private void apply(PersonDetails details) {
    this.name = details.name();
    this.sortName = details.sortName();
    this.sortKey = SortKey.of(sortName != null ? sortName : name, 200);
    this.matchKey = NameKey.of(name);
    replaceContents(nameVariants, details.nameVariants());
    this.born = details.born();
    this.died = details.died();
    this.viaf = details.viaf();
    this.gnd = details.gnd();
    this.wikidata = details.wikidata();
    this.notes = details.notes();
  }

  PersonDetails details() {
    return new PersonDetails(
        name, sortName, List.copyOf(nameVariants), born, died, viaf, gnd, wikidata, notes);
  }

  @Override
  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The name and its variants: every form a member might search for. */
  public List<String> allNames() {
    var names = new ArrayList<String>();
    names.add(name);
    if (sortName != null) {
      names.add(sortName);
    }
    names.addAll(nameVariants);
    return names;
  }
}
