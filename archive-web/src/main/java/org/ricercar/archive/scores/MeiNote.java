package org.ricercar.archive.scores;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ricercar.search.melody.Duration;

/**
 * One MEI {@code <note>}, with what the incipit and the lyrics need from it. Accidentals are kept
 * as MEI writes them ("s", "f", "n"...) for {@link MeiAccidentals} to resolve against the key.
 *
 * @param pname the pitch name, a to g; null for a note that only refers to another
 *     ({@code @sameas})
 * @param accid the written accidental, from the attribute or an {@code <accid>} child
 * @param accidGes the sounding accidental, when the encoder spelled out what the key implies
 * @param tied whether the note continues a tie from the previous one
 * @param verse the number of the note's first verse, null without lyrics
 * @param syllable the first verse's syllable
 * @param wordGoesOn whether that syllable's word continues on the next note
 */
record MeiNote(
    String pname,
    String oct,
    String dur,
    int dots,
    String accid,
    String accidGes,
    boolean grace,
    boolean cue,
    boolean tied,
    String verse,
    String syllable,
    boolean wordGoesOn) {

  private static final Set<String> TIE_ENDS = Set.of("t", "m");

  /** Reads the {@code <note>} the reader stands on, consuming it. */
  static MeiNote read(XMLStreamReader reader) throws XMLStreamException {
    var note = new Reading(reader);
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == START_ELEMENT && !note.readWhole(reader)) {
        note.mark(reader);
        depth++;
      } else if (event == END_ELEMENT) {
        depth--;
      }
    }
    return note.toNote();
  }

  /** Whether an MEI {@code @tie} value ("i", "m", "t") means the note continues a tie. */
  static boolean continuesTie(String tie) {
    return TIE_ENDS.contains(String.valueOf(tie));
  }

  /**
   * A length written as MEI does ("4" a quarter, "breve", "long"), with dots, as a fraction of a
   * whole note; null without a {@code @dur}.
   */
  static Duration length(String dur, int dots) {
    if (dur == null) {
      return null;
    }
    Duration plain =
        switch (dur.strip()) {
          case "maxima" -> new Duration(8, 1);
          case "long" -> new Duration(4, 1);
          case "breve" -> new Duration(2, 1);
          default -> {
            int denominator = StreamedElement.integer(dur, "@dur");
            if (denominator <= 0 || denominator > 2048 || Integer.bitCount(denominator) != 1) {
              throw new IllegalArgumentException("@dur should be a power of two, not " + dur);
            }
            yield new Duration(1, denominator);
          }
        };
    int d = Math.min(Math.max(dots, 0), 4);
    return d == 0 ? plain : plain.times((1 << (d + 1)) - 1, 1 << d);
  }

  /** What has been read of one note so far. */
  private static final class Reading {
    final String pname;
    final String oct;
    final String dur;
    int dots;
    String accid;
    String accidGes;
    final boolean grace;
    final boolean cue;
    final boolean tied;
    final String attributeSyllable;
    String verse;
    String syllable;
    boolean wordGoesOn;

    Reading(XMLStreamReader reader) {
      pname = reader.getAttributeValue(null, "pname");
      oct = reader.getAttributeValue(null, "oct");
      dur = reader.getAttributeValue(null, "dur");
      String dotCount = reader.getAttributeValue(null, "dots");
      dots = dotCount == null ? 0 : StreamedElement.integer(dotCount, "@dots");
      accid = reader.getAttributeValue(null, "accid");
      accidGes = reader.getAttributeValue(null, "accid.ges");
      grace = reader.getAttributeValue(null, "grace") != null;
      cue = "true".equals(reader.getAttributeValue(null, "cue"));
      tied = continuesTie(reader.getAttributeValue(null, "tie"));
      attributeSyllable = reader.getAttributeValue(null, "syl");
    }

    /** Reads the first {@code <verse>}, consuming it; false for any other child. */
    boolean readWhole(XMLStreamReader reader) throws XMLStreamException {
      if (!reader.getLocalName().equals("verse")) {
        return false;
      }
      if (verse != null) {
        StreamedElement.skip(reader);
        return true;
      }
      String n = reader.getAttributeValue(null, "n");
      verse = n == null ? "1" : n.strip();
      readSyllable(reader);
      return true;
    }

    /** Notes what a structural child says, e.g. an {@code <accid>} or a {@code <dot>}. */
    void mark(XMLStreamReader reader) {
      switch (reader.getLocalName()) {
        case "accid" -> {
          accid = firstPresent(accid, reader.getAttributeValue(null, "accid"));
          accidGes = firstPresent(accidGes, reader.getAttributeValue(null, "accid.ges"));
        }
        case "dot" -> dots++;
        default -> {}
      }
    }

    private void readSyllable(XMLStreamReader reader) throws XMLStreamException {
      for (int depth = 1; depth > 0; ) {
        int event = reader.next();
        if (event == START_ELEMENT && reader.getLocalName().equals("syl")) {
          String wordpos = reader.getAttributeValue(null, "wordpos");
          String connector = reader.getAttributeValue(null, "con");
          String text = StreamedElement.text(reader, Set.of());
          if (syllable == null && text != null) {
            syllable = text;
            wordGoesOn = "i".equals(wordpos) || "m".equals(wordpos) || "d".equals(connector);
          }
        } else if (event == START_ELEMENT) {
          depth++;
        } else if (event == END_ELEMENT) {
          depth--;
        }
      }
    }

    MeiNote toNote() {
      if (syllable == null && attributeSyllable != null) {
        verse = "1";
        syllable = attributeSyllable;
      }
      return new MeiNote(
          pname, oct, dur, dots, accid, accidGes, grace, cue, tied, verse, syllable, wordGoesOn);
    }

    private static String firstPresent(String first, String second) {
      return first != null ? first : second;
    }
  }
}
