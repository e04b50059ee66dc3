package org.ricercar.archive.scores;

import java.util.ArrayList;
import java.util.List;

/**
 * Which spine each column of a Humdrum line belongs to, as spines split ({@code *^}), join ({@code
 * *v}), swap ({@code *x}), start ({@code *+}) and end ({@code *-}). Spines are numbered in the
 * order they start.
 */
final class HumdrumSpines {

  private final List<String> types = new ArrayList<>();
  private List<Integer> columns = new ArrayList<>();

  /** The spines an exclusive interpretation line starts, e.g. {@code **kern **kern **dynam}. */
  HumdrumSpines(String[] exclusive) {
    for (String type : exclusive) {
      columns.add(types.size());
      types.add(type);
    }
  }

  int width() {
    return columns.size();
  }

  int spine(int column) {
    return columns.get(column);
  }

  /** The spine's exclusive interpretation, e.g. {@code **kern}. */
  String type(int spine) {
    return types.get(spine);
  }

  /** The spine's leftmost column (its first sub-spine after a split), or -1 once it has ended. */
  int firstColumn(int spine) {
    return columns.indexOf(spine);
  }

  /** The rightmost spine of that type, or -1 when there is none. */
  int rightmost(String type) {
    for (int column = columns.size() - 1; column >= 0; column--) {
      if (types.get(columns.get(column)).equals(type)) {
        return columns.get(column);
      }
    }
    return -1;
  }

  /** Follows the spine manipulators of an interpretation line with one token per column. */
  void interpret(String[] tokens) {
    var next = new ArrayList<Integer>();
    for (int column = 0; column < tokens.length; column++) {
      int spine = columns.get(column);
      switch (tokens[column]) {
        case "*^" -> {
          next.add(spine);
          next.add(spine);
        }
        case "*v" -> {
          if (column == 0 || !tokens[column - 1].equals("*v")) {
            next.add(spine);
          }
        }
        case "*x" -> {
          if (column + 1 < tokens.length && tokens[column + 1].equals("*x")) {
            next.add(columns.get(column + 1));
            next.add(spine);
            column++;
          } else {
            next.add(spine);
          }
        }
        case "*+" -> {
          next.add(spine);
          next.add(types.size());
          types.add("");
        }
        case "*-" -> {}
        default -> {
          if (tokens[column].startsWith("**")) {
            types.set(spine, tokens[column]);
          }
          next.add(spine);
        }
      }
    }
    columns = next;
  }
}
