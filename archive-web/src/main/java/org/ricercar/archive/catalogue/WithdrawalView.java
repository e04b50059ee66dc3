package org.ricercar.archive.catalogue;

import java.time.Instant;

/**
 * A withdrawal as the API shows it to librarians.
 *
 * @param at when the record was withdrawn
 * @param by who withdrew it
 * @param reason why
 */
public record WithdrawalView(Instant at, String by, String reason) {

  /** The record's withdrawal, or null when it is published. */
  public static WithdrawalView of(CatalogueRecord record) {
    return record
        .withdrawal()
        .map(w -> new WithdrawalView(w.at(), w.by(), w.reason()))
        .orElse(null);
  }
}
