package org.ricercar.archive.catalogue.collection;

/** A collection as another collection refers to it. */
public record CollectionRef(long id, String title, boolean withdrawn) {

  static CollectionRef of(CuratedCollection collection) {
    return new CollectionRef(collection.id(), collection.title(), collection.isWithdrawn());
  }
}
