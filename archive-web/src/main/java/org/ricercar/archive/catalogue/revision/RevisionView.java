package org.ricercar.archive.catalogue.revision;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A revision as the API shows it.
 *
 * @param number the revision's number, 1 for the record's creation
 * @param action what the revision did
 * @param at when
 * @param by the name of who made it
 * @param restoredFrom for a restoration, the number of the revision whose state was restored
 * @param reason for a withdrawal, why
 * @param changes the fields changed, with values before and after
 * @param snapshot the record's details after the revision (only when one revision is requested)
 */
public record RevisionView(
    int number,
    RevisionAction action,
    Instant at,
    String by,
    Integer restoredFrom,
    String reason,
    List<FieldChange> changes,
    JsonObject snapshot) {}
