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
 * @param metre the opening time signature, e.g. "3/4", "6/8", "C"
 * @param movements the movement titles, in order
 * @param date when composed (EDTF: 1841, 1841-03, 1841~, 1835/1837)
 * @param period style period
 * @param language language of a vocal work's text, ISO 639 code, e.g. "de"
 * @param textIncipit the first words of a vocal work's text
 * @param notes free-text notes
 * @param incipit the opening melody in the archive's text form, e.g. "G4:1/4 C5:3/8 B4:1/8"
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
    @Pattern(
            regexp = "\\d{1,2}/\\d{1,2}|C\\|?",
            message = "must be a time signature such as \"3/4\", \"6/8\", \"C\" or \"C|\"")
        String metre,
    @Size(max = 100) List<@NotBlank @Size(max = 300) String> movements,
    @ValidDate String date,
    Period period,
    @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as \"de\"")
        String language,
    @Size(max = 500) String textIncipit,
    @Size(max = 10000) String notes,
    @ValidIncipit String incipit,
    @NotEmpty(message = "at least one composer is required") @Size(max = 20)
        List<@NotNull @Positive Long> composerIds) {

  public WorkDetails {
    title = FieldText.optional(title);
    alternativeTitles = FieldText.list(alternativeTitles);
    catalogueNumber = FieldText.optional(catalogueNumber);
    genre = FieldText.optional(genre);
    key = MusicalKey.canonical(FieldText.optional(key));
    instrumentation = FieldText.list(instrumentation);
    metre = FieldText.optional(metre);
    movements = FieldText.list(movements);
    date = FieldText.optional(date);
    language = FieldText.optional(language);
    textIncipit = FieldText.optional(textIncipit);
    notes = FieldText.optional(notes);
    incipit = ValidIncipit.Validator.canonical(FieldText.optional(incipit));
    composerIds = FieldText.ids(composerIds);
  }
}
