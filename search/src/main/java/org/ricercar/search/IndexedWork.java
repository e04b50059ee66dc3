package org.ricercar.search;

import java.util.List;
import java.util.Objects;
import org.ricercar.search.melody.Incipit;

/**
 * What the index knows about a work: the text a member might search for, the values it is faceted
 * by and its incipit.
 *
 * @param id the work's identifier, returned in hits
 * @param title the title
 * @param alternativeTitles other titles the work is known by
 * @param composers the composers' names as shown, first composer first
 * @param composerVariants other names the composers are known by
 * @param catalogueNumber e.g. "H-U 385" or "Op. 7 No. 2"; may be null
 * @param genre genre or form; may be null
 * @param instrumentation the instruments or voices
 * @param key the key as shown, e.g. "E-flat major"; may be null
 * @param year the (earliest) year of composition, for sorting and the century; may be null
 * @param period the catalogue's period, used when there is no year; may be null
 * @param formats the formats of the files of the work's sources
 * @param rights the rights statements of those files
 * @param restored whether a restoration of the work exists
 * @param aiInvolvement how AI took part in the restorations, e.g. "assisted"
 * @param text further searchable text: notes, text incipit, sources, collections
 * @param incipit the opening melody; may be null
 * @param listing how the work is shown in a list of hits, stored as given (the application's JSON)
 *     and returned with each hit, so that showing hits needs no database; may be null
 * @param references the other records the entry takes text or values from, as change-log subjects
 *     (e.g. {@code person:7}), so that a change to one of them finds the works to re-index
 */
public record IndexedWork(
    String id,
    String title,
    List<String> alternativeTitles,
    List<String> composers,
    List<String> composerVariants,
    String catalogueNumber,
    String genre,
    List<String> instrumentation,
    String key,
    Integer year,
    String period,
    List<String> formats,
    List<String> rights,
    boolean restored,
    List<String> aiInvolvement,
    String text,
    Incipit incipit,
    String listing,
    List<String> references) {

  public IndexedWork {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    alternativeTitles = List.copyOf(alternativeTitles);
    composers = List.copyOf(composers);
    composerVariants = List.copyOf(composerVariants);
    instrumentation = List.copyOf(instrumentation);
    formats = List.copyOf(formats);
    rights = List.copyOf(rights);
    aiInvolvement = List.copyOf(aiInvolvement);
    references = List.copyOf(references);
  }
}
