package org.ricercar.archive.scores;

import java.util.List;
import java.util.Map;
import org.ricercar.search.melody.Incipit;

/**
 * One work found in a file, as the file describes it. Strings are trimmed and null when the file
 * does not say; lists and maps are never null.
 *
 * @param locator where in the file the work is, when a file holds several (e.g. "X:12" for an ABC
 *     tune, "001:400006537" for a MARC record, by its control number); null for a file holding one
 *     work
 * @param title the work's title (a song's title rather than its set's, where both are given)
 * @param alternativeTitles other titles the file gives the work, e.g. an ABC tune's second {@code
 *     T:} or a Humdrum {@code !!!OTA}, in the file's order
 * @param composers the composers as the file writes them, e.g. "Faisst, Clara"
 * @param lifeDates the composers' life dates as the file writes them, keyed by the name as it
 *     appears in {@code composers}, e.g. "Abos, Girolamo" → "1715-1760"
 * @param catalogueNumber an opus or catalogue number, e.g. "Op. 7 No. 2"
 * @param key the key, e.g. "E-flat major" or "A minor"
 * @param metre the opening time signature, e.g. "3/4", "C", "6/8"
 * @param movements the movement titles, in order
 * @param instruments the parts or instruments, in score order
 * @param lyricsIncipit the first line of the sung text
 * @param incipit the opening melody of the top voice; null when the file has no notes
 * @param source the source a catalogue record describes; null for notation files
 */
public record ExtractedWork(
    String locator,
    String title,
    List<String> alternativeTitles,
    List<String> composers,
    Map<String, String> lifeDates,
    String catalogueNumber,
    String key,
    String metre,
    List<String> movements,
    List<String> instruments,
    String lyricsIncipit,
    Incipit incipit,
    ExtractedSource source) {

  public ExtractedWork {
    alternativeTitles = List.copyOf(alternativeTitles);
    composers = List.copyOf(composers);
    lifeDates = Map.copyOf(lifeDates);
    movements = List.copyOf(movements);
    instruments = List.copyOf(instruments);
  }

  /** The same work under another title, e.g. one made up for a file that gives none. */
  public ExtractedWork withTitle(String newTitle) {
    return new ExtractedWork(
        locator,
        newTitle,
        alternativeTitles,
        composers,
        lifeDates,
        catalogueNumber,
        key,
        metre,
        movements,
        instruments,
        lyricsIncipit,
        incipit,
        source);
  }
}
