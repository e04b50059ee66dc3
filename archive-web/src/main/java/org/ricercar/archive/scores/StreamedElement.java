package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading the element a streaming reader stands on (at its start tag) without building a tree: each
 * method consumes the element up to and including its end tag.
 */
final class StreamedElement {

  private StreamedElement() {}

  /** Passes over the element and everything in it. */
  static void skip(XMLStreamReader reader) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == START_ELEMENT) {
        depth++;
      } else if (event == END_ELEMENT) {
        depth--;
      }
    }
  }

  /** All the text inside the element, tidied, leaving out the subtrees of the named children. */
  static String text(XMLStreamReader reader, Set<String> leftOut) throws XMLStreamException {
    var text = new StringBuilder();
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == START_ELEMENT) {
        if (leftOut.contains(reader.getLocalName())) {
          skip(reader);
        } else {
          depth++;
        }
      } else if (event == END_ELEMENT) {
        depth--;
      } else if ((event == CHARACTERS || event == CDATA) && text.length() < ScoreText.MAX_LENGTH) {
        text.append(reader.getText());
      }
    }
    return ScoreText.tidy(text);
  }

  /**
   * The text of each childless element inside this one, by local name (the first of each name),
   * e.g. {@code fifths → "-3", mode → "minor"} for a MusicXML {@code <key>}.
   */
  static Map<String, String> leaves(XMLStreamReader reader) throws XMLStreamException {
    var leaves = new HashMap<String, String>();
    var text = new StringBuilder();
    boolean leaf = false;
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == START_ELEMENT) {
        depth++;
        leaf = true;
        text.setLength(0);
      } else if ((event == CHARACTERS || event == CDATA) && leaf) {
        text.append(reader.getText(), 0, Math.min(reader.getTextLength(), ScoreText.MAX_LENGTH));
      } else if (event == END_ELEMENT) {
        depth--;
        if (leaf && depth > 0) {
          leaves.putIfAbsent(reader.getLocalName(), text.toString().strip());
        }
        leaf = false;
      }
    }
    return leaves;
  }

  /**
   * The rejection of a document whose content breaks its format's rules, e.g. "malformed MusicXML
   * at line 12, column 9: <octave> should be a whole number, not "x"".
   */
  static RejectedFileException malformed(
      String format, XMLStreamReader reader, IllegalArgumentException problem) {
    var location = reader.getLocation();
    String where =
        location == null || location.getLineNumber() < 0
            ? ""
            : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    return new RejectedFileException(
        "malformed " + format + where + ": " + problem.getMessage(), problem);
  }

  /** A whole number written in an element or attribute, e.g. an octave or a count of dots. */
  static int integer(String text, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " should be a whole number, not \"" + text + "\"");
    }
  }
}
