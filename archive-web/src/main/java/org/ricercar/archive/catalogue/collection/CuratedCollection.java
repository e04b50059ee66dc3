package org.ricercar.archive.catalogue.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.ricercar.archive.catalogue.CatalogueRecord;
import org.ricercar.archive.catalogue.SortKey;
import org.ricercar.archive.catalogue.work.Work;

/**
 * An ordered, described list of works curated by librarians. A collection may sit inside one
 * top-level collection; deeper nesting is not allowed.
 */
@Entity
@Table(name = "curated_collection")
public class CuratedCollection extends CatalogueRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_seq")
  @SequenceGenerator(name = "collection_seq", sequenceName = "collection_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(name = "sort_key", nullable = false)
  private String sortKey;

  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private CuratedCollection parent;

  @ManyToMany
  @JoinTable(
      name = "collection_work",
      joinColumns = @JoinColumn(name = "collection_id"),
      inverseJoinColumns = @JoinColumn(name = "work_id"))
  @OrderColumn(name = "position")
  private List<Work> works = new ArrayList<>();

  protected CuratedCollection() {}

  CuratedCollection(CollectionDetails details, CuratedCollection parent, List<Work> works) {
    revise(details, parent, works, false);
  }

  /**
   * @param hasChildren whether other collections sit inside this one, which keeps it top-level
   */
  void revise(
      CollectionDetails details, CuratedCollection parent, List<Work> works, boolean hasChildren) {
    if (parent != null) {
      if (parent == this) {
        throw new IllegalArgumentException("a collection cannot contain itself");
      }
      if (parent.parent != null) {
        throw new IllegalArgumentException("collections nest one level only");
      }
      if (hasChildren) {
        throw new IllegalArgumentException("a collection with sub-collections stays top-level");
      }
    }
    if (new HashSet<>(works).size() != works.size()) {
      throw new IllegalArgumentException("a work appears in a collection once");
    }
    this.title = details.title();
    this.sortKey = SortKey.of(title, 300);
    this.description = details.description();
    this.parent = parent;
    replaceContents(this.works, works);
  }

  CollectionDetails details() {
    return new CollectionDetails(
        title,
        description,
        parent == null ? null : parent.id(),
        works.stream().map(Work::id).toList());
  }

  @Override
  public Long id() {
    return id;
  }

  String title() {
    return title;
  }

  CuratedCollection parent() {
    return parent;
  }

  boolean isTopLevel() {
    return parent == null;
  }
}
