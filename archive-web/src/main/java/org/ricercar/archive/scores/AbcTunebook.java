package org.ricercar.archive.scores;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits an ABC file into its tunes: each starts with an {@code X:} line and ends at a blank line.
 * Fields in the file header (before the first tune, up to a blank line) are every tune's defaults,
 * except its title.
 */
final class AbcTunebook {

  private static final Pattern FIELD = Pattern.compile("([A-Za-z]):(.*)");

  private AbcTunebook() {}

  static List<AbcTune> tunes(String text) {
    var tunes = new ArrayList<AbcTune>();
    var fileHeader = new HashMap<Character, List<String>>();
    boolean inFileHeader = true;
    Tune tune = null;
    for (String line : text.split("\r\n|\r|\n")) {
      if (line.startsWith("X:")) {
        if (tune != null) {
          tunes.add(tune.build());
        }
        tune = new Tune(line.substring(2).trim(), fileHeader);
        inFileHeader = false;
      } else if (tune == null) {
        inFileHeader &= !line.isBlank();
        var field = FIELD.matcher(line);
        // a title in the file header is the tunebook's, not a default for its tunes
        if (inFileHeader && field.matches() && !field.group(1).equals("T")) {
          fileHeader
              .computeIfAbsent(field.group(1).charAt(0), f -> new ArrayList<>())
              .add(field.group(2));
        }
      } else if (line.isBlank()) {
        tunes.add(tune.build());
        tune = null;
      } else {
        tune.add(line);
      }
    }
    if (tune != null) {
      tunes.add(tune.build());
    }
    return tunes;
  }

  /** A tune being read: the header lasts up to its {@code K:} field, the body after it. */
  private static final class Tune {

    private final String number;
    private final Map<Character, List<String>> defaults;
    private final Map<Character, List<String>> own = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder();
    private boolean inBody;

    Tune(String number, Map<Character, List<String>> defaults) {
      this.number = number;
      this.defaults = defaults;
    }

    void add(String line) {
      var field = FIELD.matcher(line);
      if (inBody || !(field.matches() || line.startsWith("%"))) {
        inBody = true;
        body.append(line).append('\n');
      } else if (field.matches()) {
        char name = field.group(1).charAt(0);
        own.computeIfAbsent(name, f -> new ArrayList<>()).add(field.group(2));
        inBody = name == 'K';
      }
    }

    AbcTune build() {
      var header = new HashMap<>(defaults);
      header.putAll(own);
      return new AbcTune(number, header, body.toString());
    }
  }
}
