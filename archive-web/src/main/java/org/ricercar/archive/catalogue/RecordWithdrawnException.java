package org.ricercar.archive.catalogue;

/** The record exists but was withdrawn from public view. */
public class RecordWithdrawnException extends RuntimeException {

  public RecordWithdrawnException(RecordKind kind, long id, Withdrawal withdrawal) {
    super(
        "The "
            + kind.noun()
            + " with id "
            + id
            + " was withdrawn on "
            + withdrawal.at().toString().substring(0, 10)
            + ": "
            + withdrawal.reason());
  }
}
