package org.ricercar.archive.catalogue.collection;

/** A collection in a listing. */
public record CollectionSummary(
    long id, String title, String description, Long parentId, int workCount, boolean withdrawn) {

  static CollectionSummary of(CuratedCollection collection) {
    CollectionDetails d = collection.details();
    return new CollectionSummary(
        collection.id(),
        d.title(),
        d.description(),
        d.parentId(),
        d.workIds().size(),
        collection.isWithdrawn());
  }
}
