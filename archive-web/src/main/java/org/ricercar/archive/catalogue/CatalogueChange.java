package org.ricercar.archive.catalogue;

/**
 * Fired after a record's change is committed, for observers that keep derived data (the search
 * index) current.
 *
 * @param kind what kind of record changed
 * @param id which record changed
 */
public record CatalogueChange(RecordKind kind, long id) {}
