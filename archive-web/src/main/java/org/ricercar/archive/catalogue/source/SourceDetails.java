package org.ricercar.archive.catalogue.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.ricercar.archive.catalogue.FieldText;
import org.ricercar.archive.catalogue.ValidDate;

/**
 * What a librarian records about a source.
 *
 * @param workId the work this is a source of
 * @param kind manuscript, print, edition or recording
 * @param title a short description, e.g. "Autograph fair copy" or "First edition, Schlesinger"
 * @param holdingInstitution where it is held, e.g. "Staatsbibliothek zu Berlin"
 * @param shelfmark the holding institution's call number
 * @param date when it was made or published (EDTF)
 * @param notes free-text notes
 */
public record SourceDetails(
    @NotNull(message = "the work this is a source of is required") @Positive Long workId,
    @NotNull(message = "a kind is required") SourceKind kind,
    @NotBlank(message = "a title is required") @Size(max = 300) String title,
    @Size(max = 200) String holdingInstitution,
    @Size(max = 100) String shelfmark,
    @ValidDate String date,
    @Size(max = 4000) String notes) {

  public SourceDetails {
    title = FieldText.optional(title);
    holdingInstitution = FieldText.optional(holdingInstitution);
    shelfmark = FieldText.optional(shelfmark);
    date = FieldText.optional(date);
    notes = FieldText.optional(notes);
  }
}
