package org.ricercar.archive.files;

import java.util.List;
import org.ricercar.archive.scores.ExtractedWork;

/** What was read from a file about the work it holds, as stored with the file and shown. */
public record ExtractedView(
    String title,
    List<String> composers,
    String catalogueNumber,
    String key,
    String metre,
    List<String> movements,
    List<String> instruments,
    String lyricsIncipit,
    String incipit) {

  public static ExtractedView of(ExtractedWork work) {
    return new ExtractedView(
        work.title(),
        work.composers(),
        work.catalogueNumber(),
        work.key(),
        work.metre(),
        work.movements(),
        work.instruments(),
        work.lyricsIncipit(),
        work.incipit() == null ? null : work.incipit().toString());
  }
}
