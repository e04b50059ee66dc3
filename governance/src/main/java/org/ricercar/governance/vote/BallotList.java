package org.ricercar.governance.vote;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ricercar.governance.ledger.Sha256;

/**
 * The published ballot list in its canonical form: CSV with the header {@code voter,choice,receipt}
 * and one line per ballot sorted by voter, each line ending in a newline. Its SHA-256 is the {@code
 * listHash} the ledger records at the close; anyone can download the list, hash it and count it.
 */
public final class BallotList {

  static final String HEADER = "voter,choice,receipt\n";

  private BallotList() {}

  public static String csv(List<BallotListView.Entry> entries) {
    var csv = new StringBuilder(HEADER.length() + entries.size() * 48).append(HEADER);
    for (BallotListView.Entry entry : entries) {
      csv.append(field(entry.voter()))
          .append(',')
          .append(entry.choice().name())
          .append(',')
          .append(entry.receipt())
          .append('\n');
    }
    return csv.toString();
  }

  public static String sha256(String csv) {
    return Sha256.of(csv).hex();
  }

  /** Counts the choices of a list in its CSV form; a malformed list is refused. */
  public static Tally count(String csv) {
    if (!csv.startsWith(HEADER)) {
      throw new IllegalArgumentException("a ballot list starts with the line voter,choice,receipt");
    }
    Map<Choice, Long> counts = new EnumMap<>(Choice.class);
    String[] lines = csv.substring(HEADER.length()).split("\n");
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      int end = line.lastIndexOf(',');
      int start = line.lastIndexOf(',', end - 1);
      if (start < 0) {
        throw new IllegalArgumentException("not a ballot line: " + line);
      }
      counts.merge(Choice.valueOf(line.substring(start + 1, end)), 1L, Long::sum);
    }
    return Tally.of(counts);
  }

  /** User names are quoted when they hold a comma or a quote. */
  private static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"").replace("\n", " ") + '"';
  }
}
