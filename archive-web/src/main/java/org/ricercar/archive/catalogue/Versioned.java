package org.ricercar.archive.catalogue;

/**
 * A record's details together with the version they were read at.
 *
 * @param details the details
 * @param version the record's version, which an update must name
 */
public record Versioned<D>(D details, long version) {}
