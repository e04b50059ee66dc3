package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ricercar.search.melody.Key;

/**
 * What an MEI header ({@code <meiHead>}) says about the work: the file's title and composers, and
 * from its work list the first work's composer, key, metre, performing forces, and every work's
 * title. A header's incipit ({@code <incip>}) is not read: the melody comes from the music itself.
 */
final class MeiHeader {

  private static final Set<String> CATALOGUE_NUMBERS =
      Set.of("opusnumber", "worknumber", "referencenumber", "catalognumber", "cataloguenumber");
  private static final Set<String> NAMES = Set.of("persName", "corpName", "name");

  private final Deque<String> path = new ArrayDeque<>();
  private final List<String> composers = new ArrayList<>();
  private final List<String> workComposers = new ArrayList<>();
  private final List<String> workTitles = new ArrayList<>();
  private final List<String> performers = new ArrayList<>();
  private String title;
  private String catalogueNumber;
  private Key key;
  private Metre metre;
  private int works;
  private boolean workTitled;

  /** Reads the {@code <meiHead>} element the reader stands on, consuming it. */
  static MeiHeader read(XMLStreamReader reader) throws XMLStreamException {
    var header = new MeiHeader();
    header.path.push("meiHead");
    while (!header.path.isEmpty()) {
      int event = reader.next();
      if (event == START_ELEMENT) {
        if (!header.consumed(reader)) {
          header.path.push(reader.getLocalName());
        }
      } else if (event == END_ELEMENT) {
        header.path.pop();
      }
    }
    return header;
  }

  /** The file's title, without subordinate title parts. */
  String title() {
    return title;
  }

  /** The composers of the file's title statement, or else of its first work; each once. */
  List<String> composers() {
    return (composers.isEmpty() ? workComposers : composers).stream().distinct().toList();
  }

  String catalogueNumber() {
    return catalogueNumber;
  }

  Key key() {
    return key;
  }

  Metre metre() {
    return metre;
  }

  /** The first work's performing forces ({@code perfRes}), in order. */
  List<String> performers() {
    return performers;
  }

  /** The title of each work in the work list, e.g. one per movement of a symphony. */
  List<String> workTitles() {
    return workTitles;
  }

  private boolean consumed(XMLStreamReader reader) throws XMLStreamException {
    String name = reader.getLocalName();
    boolean fileTitles = path.size() == 3 && inFileTitleStatement();
    boolean firstWork = works == 1 && under("work", "workList");
    switch (name) {
      case "title" -> {
        if (fileTitles && title == null) {
          title = StreamedElement.text(reader, Set.of("titlePart"));
          return true;
        }
        if (under("work", "workList") && !workTitled) {
          workTitled = true;
          addIfPresent(workTitles, StreamedElement.text(reader, Set.of("titlePart")));
          return true;
        }
      }
      case "composer" -> {
        if (fileTitles) {
          composers.addAll(names(reader));
          return true;
        }
        if (firstWork) {
          workComposers.addAll(names(reader));
          return true;
        }
      }
      case "persName" -> {
        if ("composer".equals(reader.getAttributeValue(null, "role")) && inFileTitleStatement()) {
          addIfPresent(composers, StreamedElement.text(reader, Set.of()));
          return true;
        }
      }
      case "work" -> {
        if ("workList".equals(path.peek())) {
          works++;
          workTitled = false;
        }
      }
      case "key" -> {
        if (firstWork) {
          key = key(reader);
        }
      }
      case "meter" -> {
        if (firstWork) {
          metre =
              Metre.of(
                      reader.getAttributeValue(null, "count"),
                      reader.getAttributeValue(null, "unit"),
                      reader.getAttributeValue(null, "sym"))
                  .orElse(null);
        }
      }
      case "perfRes" -> {
        if (works == 1 && inside("perfMedium") && inside("workList")) {
          addIfPresent(performers, StreamedElement.text(reader, Set.of()));
          return true;
        }
      }
      case "identifier" -> {
        String type = reader.getAttributeValue(null, "type");
        if (catalogueNumber == null
            && type != null
            && CATALOGUE_NUMBERS.contains(type.toLowerCase(Locale.ROOT))) {
          catalogueNumber = StreamedElement.text(reader, Set.of());
          return true;
        }
      }
      default -> {}
    }
    return false;
  }

  /** Whether the element being started has this parent and grandparent. */
  private boolean under(String parent, String grandparent) {
    Iterator<String> ancestors = path.iterator();
    return ancestors.hasNext()
        && ancestors.next().equals(parent)
        && ancestors.hasNext()
        && ancestors.next().equals(grandparent);
  }

  /** Whether the element being started is inside the file's own {@code fileDesc/titleStmt}. */
  private boolean inFileTitleStatement() {
    Iterator<String> fromRoot = path.descendingIterator();
    return fromRoot.next().equals("meiHead")
        && fromRoot.hasNext()
        && fromRoot.next().equals("fileDesc")
        && fromRoot.hasNext()
        && fromRoot.next().equals("titleStmt");
  }

  private boolean inside(String ancestor) {
    return path.contains(ancestor);
  }

  private static Key key(XMLStreamReader reader) {
    String pname = reader.getAttributeValue(null, "pname");
    if (pname == null || pname.strip().length() != 1) {
      return null;
    }
    return ScoreKey.of(
            Character.toUpperCase(pname.strip().charAt(0)),
            MeiAccidentals.semitones(reader.getAttributeValue(null, "accid"), 0),
            reader.getAttributeValue(null, "mode"))
        .orElse(null);
  }

  /** The names inside a {@code <composer>}, one per {@code persName}; else its whole text. */
  private static List<String> names(XMLStreamReader reader) throws XMLStreamException {
    var names = new ArrayList<String>();
    var text = new StringBuilder();
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == START_ELEMENT && NAMES.contains(reader.getLocalName())) {
        addIfPresent(names, StreamedElement.text(reader, Set.of()));
      } else if (event == START_ELEMENT) {
        depth++;
      } else if (event == END_ELEMENT) {
        depth--;
      } else if (event == CHARACTERS && text.length() < ScoreText.MAX_LENGTH) {
        text.append(reader.getText());
      }
    }
    if (names.isEmpty()) {
      addIfPresent(names, ScoreText.tidy(text));
    }
    return names;
  }

  private static void addIfPresent(List<String> list, String value) {
    if (value != null) {
      list.add(value);
    }
  }
}
