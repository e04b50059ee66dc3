package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ricercar.search.melody.Duration;
import org.ricercar.search.melody.Key;

/**
 * What an MEI score declares before its first measure ({@code <scoreDef>} and {@code <staffDef>}):
 * its staves in score order with their labels, the key signature and the metre. A staff without a
 * label of its own is named by its labelled group, once: the two staves of a "Piano" brace make one
 * instrument.
 */
final class MeiOpening {

  private final List<String> staves = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final Map<String, Integer> staffFifths = new HashMap<>();
  private final Deque<Group> groups = new ArrayDeque<>();
  private Integer fifths;
  private String mode;
  private Key key;
  private Metre metre;
  private Duration measureLength;
  private String staff;
  private String staffLabel;

  /** A staff group and whether its label has been given to a staff yet. */
  private static final class Group {
    String label;
    boolean named;

    Group(String label) {
      this.label = ScoreText.tidy(label);
    }
  }

  /** Reads the {@code <scoreDef>} or {@code <staffDef>} the reader stands on, consuming it. */
  void read(XMLStreamReader reader) throws XMLStreamException {
    start(reader);
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == START_ELEMENT) {
        if (reader.getLocalName().equals("label")) {
          label(StreamedElement.text(reader, Set.of()));
        } else {
          start(reader);
          depth++;
        }
      } else if (event == END_ELEMENT) {
        end(reader.getLocalName());
        depth--;
      }
    }
  }

  /** The staff numbers in score order. */
  List<String> staves() {
    return staves;
  }

  List<String> labels() {
    return labels;
  }

  /** The key signature in fifths, for one staff; 0 when none is declared. */
  int fifths(String staff) {
    return staffFifths.getOrDefault(staff, fifths == null ? 0 : fifths);
  }

  /** The key as declared: by name, or by its signature and mode, if the mode is given. */
  Key declaredKey() {
    if (key != null || fifths == null || mode == null) {
      return key;
    }
    return ScoreKey.ofSignature(fifths, mode).orElse(null);
  }

  /** The opening signature in fifths, null when none is declared. */
  Integer signature() {
    return fifths;
  }

  Metre metre() {
    return metre;
  }

  /** How long a measure lasts, for measure rests; null when the metre says no numbers. */
  Duration measureLength() {
    return measureLength;
  }

  private void start(XMLStreamReader reader) {
    switch (reader.getLocalName()) {
      case "scoreDef" -> {
        signature(reader, "keysig", "key.sig", "key.mode", null);
        meter(reader, "meter.count", "meter.unit", "meter.sym");
      }
      case "staffGrp" -> groups.push(new Group(reader.getAttributeValue(null, "label")));
      case "staffDef" -> {
        staff = reader.getAttributeValue(null, "n");
        staffLabel = ScoreText.tidy(reader.getAttributeValue(null, "label"));
        signature(reader, "keysig", "key.sig", "key.mode", staff);
        meter(reader, "meter.count", "meter.unit", "meter.sym");
      }
      case "keySig" -> signature(reader, "sig", "sig", "mode", staff);
      case "meterSig" -> meter(reader, "count", "unit", "sym");
      default -> {}
    }
  }

  private void end(String element) {
    if (element.equals("staffDef")) {
      staves.add(staff);
      String name = staffLabel;
      if (name == null && !groups.isEmpty() && !groups.peek().named) {
        name = groups.peek().label;
        groups.peek().named = name != null;
      }
      if (name != null) {
        labels.add(name);
      }
      staff = null;
    } else if (element.equals("staffGrp")) {
      groups.pop();
    }
  }

  private void label(String text) {
    if (staff != null) {
      staffLabel = staffLabel == null ? text : staffLabel;
    } else if (!groups.isEmpty() && groups.peek().label == null) {
      groups.peek().label = text;
    }
  }

  private void signature(
      XMLStreamReader reader,
      String attribute,
      String olderAttribute,
      String modeAttribute,
      String staffN) {
    String sig = reader.getAttributeValue(null, attribute);
    Integer declared =
        MeiAccidentals.fifths(sig != null ? sig : reader.getAttributeValue(null, olderAttribute));
    String declaredMode = reader.getAttributeValue(null, modeAttribute);
    if (declared != null && staffN != null) {
      staffFifths.putIfAbsent(staffN, declared);
    }
    if (declared != null && fifths == null) {
      fifths = declared;
    }
    if (declaredMode != null && mode == null) {
      mode = declaredMode;
    }
    String pname = reader.getAttributeValue(null, "key.pname");
    if (pname != null && key == null && pname.strip().length() == 1) {
      key =
          ScoreKey.of(
                  Character.toUpperCase(pname.strip().charAt(0)),
                  MeiAccidentals.semitones(reader.getAttributeValue(null, "key.accid"), 0),
                  declaredMode)
              .orElse(null);
    }
  }

  private void meter(
      XMLStreamReader reader, String countAttribute, String unitAttribute, String symAttribute) {
    if (metre != null) {
      return;
    }
    String count = reader.getAttributeValue(null, countAttribute);
    String unit = reader.getAttributeValue(null, unitAttribute);
    String symbol = reader.getAttributeValue(null, symAttribute);
    metre = Metre.of(count, unit, symbol).orElse(null);
    if ("common".equals(symbol) || "cut".equals(symbol)) {
      measureLength = new Duration(1, 1);
    }
    if (count != null
        && unit != null
        && count.strip().matches("\\d{1,3}")
        && unit.strip().matches("\\d{1,3}")) {
      int beats = Integer.parseInt(count.strip());
      int beatUnit = Integer.parseInt(unit.strip());
      if (beats > 0 && beatUnit > 0) {
        measureLength = new Duration(beats, beatUnit);
      }
    }
  }
}
