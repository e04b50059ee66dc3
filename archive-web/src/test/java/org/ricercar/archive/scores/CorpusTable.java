package org.ricercar.archive.scores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV table of the shared corpus ({@code manifest.csv}, {@code abc_tunes.csv}), row by row. */
final class CorpusTable {

  private CorpusTable() {}

  /** Each row as column name to value; quoted values may hold commas and doubled quotes. */
  static List<Map<String, String>> rows(String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(Corpus.root().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> header = cells(lines.getFirst());
    var rows = new ArrayList<Map<String, String>>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      var row = new LinkedHashMap<String, String>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> cells(String line) {
    var cells = new ArrayList<String>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
