package org.ricercar.archive.catalogue.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ricercar.archive.catalogue.FieldText;
import org.ricercar.archive.catalogue.ValidDate;

/**
 * What a librarian records about a person. Authority identifiers are kept as plain strings in the
 * shape each authority uses.
 *
 * @param name the name as usually written, e.g. "Fanny Hensel"
 * @param sortName the name as filed, e.g. "Hensel, Fanny"; the name is used when absent
 * @param nameVariants other spellings and names, e.g. "Fanny Mendelssohn"
 * @param born date of birth (EDTF, e.g. 1805-11-14 or 1760~)
 * @param died date of death
 * @param viaf VIAF cluster id, digits only
 * @param gnd GND (Gemeinsame Normdatei) id
 * @param wikidata Wikidata item id, e.g. Q229009
 * @param notes free-text notes
 */
public record PersonDetails(
    @NotBlank(message = "a name is required") @Size(max = 200) String name,
    @Size(max = 200) String sortName,
    @Size(max = 20) List<@NotBlank @Size(max = 200) String> nameVariants,
    @ValidDate(range = false) String born,
    @ValidDate(range = false) String died,
    @Pattern(regexp = "[1-9][0-9]{0,21}", message = "must be a VIAF id: digits only") String viaf,
    @Pattern(
            regexp =
                "1[0-3]?[0-9]{7}[0-9X]|[47][0-9]{6}-[0-9]|[1-9][0-9]{0,7}-[0-9X]|3[0-9]{7}[0-9X]",
            message = "must be a GND id such as 118548018 or 4015601-5")
        String gnd,
    @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id such as Q229009")
        String wikidata,
    @Size(max = 4000) String notes) {

  public PersonDetails {
    name = FieldText.optional(name);
    sortName = FieldText.optional(sortName);
    nameVariants = FieldText.list(nameVariants);
    born = FieldText.optional(born);
    died = FieldText.optional(died);
    viaf = FieldText.optional(viaf);
    gnd = FieldText.optional(gnd);
    wikidata = FieldText.optional(wikidata);
    notes = FieldText.optional(notes);
  }

  /** A person known only by a name. */
  public static PersonDetails named(@NotNull String name) {
    return new PersonDetails(name, null, List.of(), null, null, null, null, null, null);
  }
}
