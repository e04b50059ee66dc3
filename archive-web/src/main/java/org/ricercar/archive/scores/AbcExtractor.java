package org.ricercar.archive.scores;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ricercar.search.melody.AbcKey;
import org.ricercar.search.melody.AbcMelody;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Key;

/**
 * Reads ABC files, single tunes or tunebooks: one work per tune, with its titles ({@code T:}),
 * composers ({@code C:}, kept as written even where they name a source), key, metre, first line of
 * lyrics and incipit.
 */
public class AbcExtractor implements ScoreExtractor {

  private static final Logger LOG = Logger.getLogger(AbcExtractor.class.getName());

  @Override
  public List<ExtractedWork> extract(Path file, IngestLimits limits) {
    List<AbcTune> tunes = AbcTunebook.tunes(TextFile.read(file));
    if (tunes.isEmpty()) {
      throw new RejectedFileException("no ABC tune found: each tune starts with an X: line");
    }
    return tunes.stream().map(AbcExtractor::work).toList();
  }

  private static ExtractedWork work(AbcTune tune) {
    String locator = "X:" + tune.number();
    List<String> titles = tune.all('T');
    String key = tune.first('K');
    Key named = key == null ? null : AbcKey.parse(key).key();
    String metre = tune.first('M');
    if (metre != null && metre.equalsIgnoreCase("none")) {
      metre = null;
    }
    return new ExtractedWork(
        locator,
        titles.isEmpty() ? null : titles.getFirst(),
        titles.isEmpty() ? List.of() : titles.subList(1, titles.size()),
        tune.all('C'),
        Map.of(),
        null,
        named == null ? null : named.toString(),
        metre,
        List.of(),
        List.of(),
        lyrics(tune.body()),
        incipit(tune, locator),
        null);
  }

  private static Incipit incipit(AbcTune tune, String locator) {
    try {
      return Incipit.opening(
              AbcMelody.read(tune.body(), tune.first('K'), tune.first('M'), tune.first('L')))
          .orElse(null);
    } catch (IllegalArgumentException e) {
      LOG.log(
          Level.WARNING,
          "ABC tune {0}: no incipit, the music is unreadable: {1}",
          new Object[] {locator, e.getMessage()});
      return null;
    }
  }

  /**
   * The first lyrics line ({@code w:}) as words, without the hyphens and extenders that align its
   * syllables with notes; else the first line of words printed after the tune ({@code W:}).
   */
  private static String lyrics(String body) {
    String aligned = null;
    String words = null;
    for (String line : body.split("\n")) {
      if (aligned == null && line.startsWith("w:")) {
        aligned = line.substring(2);
      } else if (words == null && line.startsWith("W:") && !line.substring(2).isBlank()) {
        words = line.substring(2).trim();
      }
    }
    if (aligned == null) {
      return words;
    }
    String text =
        aligned
            .replace("\\-", "\u0000")
            .replaceAll("[-_*|]", "")
            .replace('~', ' ')
            .replace('\u0000', '-')
            .replaceAll("\\s+", " ")
            .trim();
    return text.isEmpty() ? words : text;
  }
}
