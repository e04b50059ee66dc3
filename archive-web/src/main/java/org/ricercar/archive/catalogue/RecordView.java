package org.ricercar.archive.catalogue;

/** What every record's API view has: its id and the version its ETag names. */
public interface RecordView {

  long id();

  long version();
}
