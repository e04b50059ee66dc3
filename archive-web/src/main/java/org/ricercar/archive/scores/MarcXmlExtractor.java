package org.ricercar.archive.scores;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.PlaineEasie;

/**
 * Reads MARCXML (MARC 21 slim) catalogue records as RISM writes them: one work per record, with the
 * source it describes and the incipit of its first 031 field that has Plaine &amp; Easie music.
 * Records are streamed, so a collection of thousands is read one record at a time. Text is kept as
 * written, including the mojibake some RISM data carries.
 */
public class MarcXmlExtractor implements ScoreExtractor {

  private static final Logger LOG = Logger.getLogger(MarcXmlExtractor.class.getName());

  @Override
  public List<ExtractedWork> extract(Path file, IngestLimits limits) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = SafeXml.open(in, limits);
      try {
        return works(xml, file.getFileName().toString());
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw SafeXml.rejection(e);
    }
  }

  private static List<ExtractedWork> works(XMLStreamReader xml, String name)
      throws XMLStreamException {
    var works = new ArrayList<ExtractedWork>();
    RecordInProgress record = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("record")) {
        record = new RecordInProgress(works.size() + 1);
      } else if (event == XMLStreamConstants.START_ELEMENT && record != null) {
        record.start(xml);
      } else if (event == XMLStreamConstants.END_ELEMENT && record != null) {
        if (xml.getLocalName().equals("record")) {
          works.add(work(record.finish(), name));
          record = null;
        } else if (xml.getLocalName().equals("datafield")) {
          record.endField();
        }
      }
    }
    if (works.isEmpty()) {
      throw new RejectedFileException("no MARC record found: MARCXML holds <record> elements");
    }
    return works;
  }

  /** The parts of a record read so far. */
  private static final class RecordInProgress {

    private final int position;
    private String leader = "";
    private final Map<String, String> controlFields = new HashMap<>();
    private final List<MarcField> dataFields = new ArrayList<>();
    private String tag;
    private List<MarcField.Subfield> subfields;

    RecordInProgress(int position) {
      this.position = position;
    }

    void start(XMLStreamReader xml) throws XMLStreamException {
      switch (xml.getLocalName()) {
        case "leader" -> leader = xml.getElementText();
        case "controlfield" -> controlFields.put(tag(xml), xml.getElementText());
        case "datafield" -> {
          tag = tag(xml);
          subfields = new ArrayList<>();
        }
        case "subfield" -> {
          String code = xml.getAttributeValue(null, "code");
          String value = xml.getElementText();
          if (subfields != null && code != null && code.length() == 1) {
            subfields.add(new MarcField.Subfield(code.charAt(0), value));
          }
        }
        default -> {}
      }
    }

    void endField() {
      if (subfields != null) {
        dataFields.add(new MarcField(tag, subfields));
      }
      subfields = null;
    }

    MarcRecord finish() {
      return new MarcRecord(position, leader, controlFields, dataFields);
    }

    private static String tag(XMLStreamReader xml) {
      String tag = xml.getAttributeValue(null, "tag");
      return tag == null ? "" : tag.trim();
    }
  }

  private static ExtractedWork work(MarcRecord record, String name) {
    String control = record.controlFields().get("001");
    String locator =
        control == null || control.isBlank()
            ? "record " + record.position()
            : "001:" + control.trim();
    String composer = record.first("100$a");
    String lifeDates = record.first("100$d");
    MarcField music =
        record.fields("031").stream().filter(f -> f.first('p') != null).findFirst().orElse(null);
    String key =
        either(record.first("240$r"), music == null ? record.first("031$r") : music.first('r'));
    String metre = music == null ? record.first("031$o") : music.first('o');
    String instruments = record.first("594$a", "240$m");
    return new ExtractedWork(
        locator,
        record.first("240$a", "245$a"),
        List.of(),
        composer == null ? List.of() : List.of(composer),
        composer == null || lifeDates == null ? Map.of() : Map.of(composer, lifeDates),
        record.first("240$n", "383$b"),
        key == null ? null : RismKey.name(key),
        metre == null ? null : metre(metre),
        movements(record),
        instruments == null ? List.of() : List.of(instruments.split(",\\s*")),
        either(music == null ? null : music.first('t'), record.first("031$t")),
        music == null ? null : incipit(music, name + " " + locator),
        source(record));
  }

  private static String either(String first, String second) {
    return first != null ? first : second;
  }

  /** Plaine &amp; Easie time signatures as the catalogue writes metres: c is C, c/ is C|. */
  private static String metre(String code) {
    return switch (code) {
      case "c" -> "C";
      case "c/" -> "C|";
      default -> code;
    };
  }

  /**
   * The headings of the movements a record has incipits for ($a work, $b movement; $d heading, else
   * $t text), when there are several.
   */
  private static List<String> movements(MarcRecord record) {
    var headings = new LinkedHashMap<String, String>();
    for (MarcField field : record.fields("031")) {
      String heading = field.first('d') != null ? field.first('d') : field.first('t');
      if (heading != null) {
        headings.putIfAbsent(field.first('a') + "." + field.first('b'), heading);
      }
    }
    return headings.size() > 1 ? List.copyOf(headings.values()) : List.of();
  }

  private static Incipit incipit(MarcField field, String where) {
    String keySignature = field.first('n');
    if (keySignature != null && keySignature.equalsIgnoreCase("none")) {
      keySignature = null; // RISM writes "None" for an empty key signature
    }
    try {
      return Incipit.opening(PlaineEasie.read(keySignature, field.first('o'), field.first('p')))
          .orElse(null);
    } catch (IllegalArgumentException e) {
      LOG.log(
          Level.WARNING,
          "{0}: no incipit, the Plaine & Easie code is unreadable: {1}",
          new Object[] {where, e.getMessage()});
      return null;
    }
  }

  /** The source: its kind, holding institution and shelfmark (852), and date (260 or 264). */
  private static ExtractedSource source(MarcRecord record) {
    List<String> shelfmarks =
        record.fields("852").stream().flatMap(field -> field.all('c').stream()).toList();
    var source =
        new ExtractedSource(
            kind(record),
            record.first("852$a"),
            shelfmarks.isEmpty() ? null : String.join("; ", shelfmarks),
            record.first("260$c", "264$c"));
    return source.equals(new ExtractedSource(null, null, null, null)) ? null : source;
  }

  /** Manuscript or print, as the material (593) says, else as the type of record (leader/06). */
  private static String kind(MarcRecord record) {
    String material =
        Objects.requireNonNullElse(record.first("593$a"), "").toLowerCase(Locale.ROOT);
    if (material.contains("print")) {
      return "print";
    }
    if (material.contains("manuscript") || material.contains("autograph")) {
      return "manuscript";
    }
    char type = record.leader().length() > 6 ? record.leader().charAt(6) : ' ';
    return switch (type) {
      case 'c' -> "print";
      case 'd' -> "manuscript";
      default -> null;
    };
  }
}
