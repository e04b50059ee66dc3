package org.ricercar.archive.catalogue.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ricercar.archive.catalogue.CatalogueService;
import org.ricercar.archive.catalogue.InvalidDetailsException;
import org.ricercar.archive.catalogue.Page;
import org.ricercar.archive.catalogue.PageRequest;
import org.ricercar.archive.catalogue.RecordKind;
import org.ricercar.archive.catalogue.SortOrders;
import org.ricercar.archive.catalogue.Viewer;
import org.ricercar.archive.catalogue.WithdrawalView;
import org.ricercar.archive.catalogue.work.Work;
import org.ricercar.archive.catalogue.work.WorkService;

/** Curating collections: ordered works, one level of nesting. */
@ApplicationScoped
@Transactional
public class CollectionService
    extends CatalogueService<CuratedCollection, CollectionDetails, CollectionView> {

  static final SortOrders SORTS =
      new SortOrders(Map.of("title", "r.sortKey", "updated", "r.updatedAt"), Set.of(), "title");

  @Inject WorkService works;

  @Override
  public RecordKind kind() {
    return RecordKind.COLLECTION;
  }

  @Override
  protected Class<CuratedCollection> recordType() {
    return CuratedCollection.class;
  }

  @Override
  protected Class<CollectionDetails> detailsType() {
    return CollectionDetails.class;
  }

  @Override
  protected CuratedCollection newRecord(CollectionDetails details) {
    return new CuratedCollection(details, parent(details.parentId(), null), works(details));
  }

  @Override
  protected void revise(CuratedCollection collection, CollectionDetails details) {
    CuratedCollection parent = parent(details.parentId(), collection);
    boolean hasChildren = !children(collection).isEmpty();
    if (parent != null && hasChildren) {
      throw new InvalidDetailsException(
          "parentId", "this collection has sub-collections, so it must stay top-level");
    }
    collection.revise(details, parent, works(details), hasChildren);
  }

  @Override
  protected CollectionDetails detailsOf(CuratedCollection collection) {
    return collection.details();
  }

  @Override
  protected CollectionView view(CuratedCollection collection, Viewer viewer) {
    CollectionDetails d = collection.details();
    return new CollectionView(
        collection.id(),
        collection.version(),
        collection.revision(),
        d.title(),
        d.description(),
        collection.parent() == null ? null : CollectionRef.of(collection.parent()),
        children(collection).stream().filter(viewer::sees).map(CollectionRef::of).toList(),
        works.summaries(d.workIds(), viewer),
        collection.createdAt(),
        collection.updatedAt(),
        WithdrawalView.of(collection));
  }

  /** Collections in the requested order; only top-level ones when asked. */
  public Page<CollectionSummary> list(PageRequest request, Viewer viewer, boolean topLevelOnly) {
    var where = new StringBuilder("from CuratedCollection r where 1 = 1");
    if (viewer == Viewer.PUBLIC) {
      where.append(" and r.withdrawal.withdrawnAt is null");
    }
    if (topLevelOnly) {
      where.append(" and r.parent is null");
    }
    return list(where.toString(), new HashMap<>(), SORTS, request, CollectionSummary::of);
  }

  private List<CuratedCollection> children(CuratedCollection collection) {
    if (collection.id() == null) {
      return List.of();
    }
    return em.createQuery(
            "select r from CuratedCollection r where r.parent = :parent order by r.sortKey, r.id",
            CuratedCollection.class)
        .setParameter("parent", collection)
        .getResultList();
  }

  private CuratedCollection parent(Long parentId, CuratedCollection self) {
    if (parentId == null) {
      return null;
    }
    CuratedCollection parent = em.find(CuratedCollection.class, parentId);
    if (parent == null) {
      throw new InvalidDetailsException("parentId", "there is no collection with id " + parentId);
    }
    if (parent == self) {
      throw new InvalidDetailsException("parentId", "a collection cannot contain itself");
    }
    if (!parent.isTopLevel()) {
      throw new InvalidDetailsException(
          "parentId",
          "\"" + parent.title() + "\" is itself inside a collection; collections nest one level");
    }
    return parent;
  }

  private List<Work> works(CollectionDetails details) {
    var seen = new HashSet<Long>();
    var result = new ArrayList<Work>();
    List<Long> ids = details.workIds();
    for (int i = 0; i < ids.size(); i++) {
      String field = "workIds[" + i + "]";
      if (!seen.add(ids.get(i))) {
        throw new InvalidDetailsException(field, "this work is already in the collection");
      }
      result.add(works.reference(ids.get(i), field));
    }
    return result;
  }
}
