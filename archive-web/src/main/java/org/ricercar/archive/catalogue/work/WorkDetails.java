package org.ricercar.archive.catalogue.work;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ricercar.archive.catalogue.FieldText;
import org.ricercar.archive.catalogue.ValidDate;

/**
 * What a librarian records about a work.
 *
 * @param title the title, e.g. "Das Jahr"
 * @param alternativeTitles other titles the work is known by
 * @param catalogueNumber e.g. "H-U 385", "Op. 7 No. 2"
 * @param genre genre or form, e.g. "Lied", "Piano trio"
 * @param key e.g. "E-flat major"; common spellings such as "Eb" are accepted and normalised
 * @param instrumentation the forces, one entry each, e.g. ["voice", "piano"]
 * @param date when composed (EDTF: 1841, 1841-03, 1841~, 1835/1837)
 * @param period style period
 * @param language language of a vocal work's text, ISO 639 code, e.g. "de"
 * @param textIncipit the first words of a vocal work's text
 * @param notes free-text notes
 * @param composerIds the composers, at least one, by person id, in the order to show them
 */
public record WorkDetails(
    @NotBlank(message = "a title is required") @Size(max = 300) String title,
    @Size(max = 20) List<@NotBlank @Size(max = 300) String> alternativeTitles,
    @Size(max = 60) String catalogueNumber,
    @Size(max = 100) String genre,
    @Pattern(
            regexp = MusicalKey.PATTERN,
            message = "must be a key such as \"E-flat major\", \"f# minor\" or \"D dorian\"")
        String key,
    @Size(max = 30) List<@NotBlank @Size(max = 100) String> instrumentation,
    @ValidDate String date,
    Period period,
    @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as \"de\"")
        String language,
    @Size(max = 500) String textIncipit,
    @Size(max = 10000) String notes,
    @NotEmpty(message = "at least one composer is required") @Size(max = 20)
        List<@NotNull @Positive Long> composerIds) {

  public WorkDetails {
    title = FieldText.optional(title);
    alternativeTitles = FieldText.list(alternativeTitles);
    catalogueNumber = FieldText.optional(catalogueNumber);
    genre = FieldText.optional(genre);
    key = MusicalKey.canonical(FieldText.optional(key));
    instrumentation = FieldText.list(instrumentation);
    date = FieldText.optional(date);
    language = FieldText.optional(language);
    textIncipit = FieldText.optional(textIncipit);
    notes = FieldText.optional(notes);
    composerIds = FieldText.ids(composerIds);
  }
}
