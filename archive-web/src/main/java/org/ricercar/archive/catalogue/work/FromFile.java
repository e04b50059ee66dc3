package org.ricercar.archive.catalogue.work;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ricercar.archive.scores.ExtractedWork;

/**
 * What a file says about a work, fitted to the catalogue's bounds: values the catalogue would not
 * accept (a key it cannot read, an over-long instrument name) are left out rather than refused,
 * because the file itself is kept as it is.
 */
final class FromFile {

  private static final Pattern KEY = Pattern.compile(MusicalKey.PATTERN);
  private static final Pattern METRE = Pattern.compile("\\d{1,2}/\\d{1,2}|C\\|?");

  private FromFile() {}

  /** The details of a new work the file describes, by the given composers. */
  static WorkDetails newWork(ExtractedWork found, List<Long> composerIds) {
    return new WorkDetails(
        clip(found.title(), 300),
        entries(found.alternativeTitles(), 20, 300),
        clip(found.catalogueNumber(), 60),
        null,
        key(found.key()),
        entries(found.instruments(), 30, 100),
        metre(found.metre()),
        entries(found.movements(), 100, 300),
        null,
        null,
        null,
        clip(found.lyricsIncipit(), 500),
        null,
        incipit(found),
        composerIds);
  }

  /** The work's details with what they lack filled in from the file; the rest unchanged. */
  static WorkDetails supplement(WorkDetails d, ExtractedWork found) {
    return new WorkDetails(
        d.title(),
        d.alternativeTitles(),
        d.catalogueNumber(),
        d.genre(),
        d.key() != null ? d.key() : key(found.key()),
        d.instrumentation().isEmpty() ? entries(found.instruments(), 30, 100) : d.instrumentation(),
        d.metre() != null ? d.metre() : metre(found.metre()),
        d.movements().isEmpty() ? entries(found.movements(), 100, 300) : d.movements(),
        d.date(),
        d.period(),
        d.language(),
        d.textIncipit() != null ? d.textIncipit() : clip(found.lyricsIncipit(), 500),
        d.notes(),
        d.incipit() != null ? d.incipit() : incipit(found),
        d.composerIds());
  }

  private static String key(String key) {
    return key != null && KEY.matcher(key).matches() ? MusicalKey.canonical(key) : null;
  }

  private static String metre(String metre) {
    return metre != null && METRE.matcher(metre).matches() ? metre : null;
  }

  private static String incipit(ExtractedWork found) {
    String text = found.incipit() == null ? null : found.incipit().toString();
    return text != null && text.length() <= org.ricercar.search.melody.Incipit.MAX_TEXT_LENGTH
        ? text
        : null;
  }

  private static List<String> entries(List<String> texts, int maxEntries, int maxLength) {
    return texts.stream()
        .map(text -> clip(text, maxLength))
        .filter(Objects::nonNull)
        .distinct()
        .limit(maxEntries)
        .toList();
  }

  private static String clip(String text, int maxLength) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() <= maxLength ? stripped : stripped.substring(0, maxLength - 1) + "…";
  }
}
