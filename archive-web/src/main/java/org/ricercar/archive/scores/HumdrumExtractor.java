package org.ricercar.archive.scores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ricercar.search.melody.Incipit;
import org.ricercar.search.melody.Key;
import org.ricercar.search.melody.MelodyLine;
import org.ricercar.search.melody.Mode;

/**
 * Reads Humdrum files with **kern music: the reference records ({@code !!!COM}, {@code !!!OTL},
 * ...) and, from the highest staff, which Humdrum writes as the rightmost **kern spine, the key,
 * metre and incipit. Where that spine splits into voices, the first (upper) sub-spine is followed.
 * The key is taken only from a key designation ({@code *G:}, {@code *e-:}): a key signature alone
 * does not tell major from minor.
 */
public class HumdrumExtractor implements ScoreExtractor {

  private static final Logger LOG = Logger.getLogger(HumdrumExtractor.class.getName());
  private static final Pattern REFERENCE = Pattern.compile("!!!([^:]+):(.*)");
  private static final Pattern TIME_SIGNATURE = Pattern.compile("\\*M(\\d+/\\d+)");
  private static final Pattern METRE_SYMBOL = Pattern.compile("\\*met\\((.+)\\)");
  private static final Pattern KEY = Pattern.compile("\\*([A-Ga-g])([#-]?):([a-z]*)");
  private static final Pattern INSTRUMENT_CODE = Pattern.compile("\\*I([a-z]+)");

  @Override
  public List<ExtractedWork> extract(Path file, IngestLimits limits) {
    return List.of(new Reading(file.getFileName().toString()).read(TextFile.read(file)));
  }

  /** One pass over a file; its fields are what the file has said so far. */
  private static final class Reading {

    private final String name;
    private final Map<String, List<String>> references = new LinkedHashMap<>();
    private HumdrumSpines spines;
    private int openingSpines;
    private int melodySpine;
    private int textSpine;

    private final MelodyLine melody = new MelodyLine();
    private int notesStarted;
    private KernNote held;
    private boolean melodyRead;
    private boolean dataSeen;

    private String timeSignature;
    private String metreSymbol;
    private String key;
    private final Map<Integer, String> instrumentNames = new HashMap<>();
    private final Map<Integer, String> instrumentCodes = new HashMap<>();
    private final StringBuilder lyrics = new StringBuilder();
    private boolean lyricsRead;

    Reading(String name) {
      this.name = name;
    }

    ExtractedWork read(String content) {
      String[] lines = content.split("\r?\n");
      for (int number = 1; number <= lines.length; number++) {
        String current = lines[number - 1];
        if (current.startsWith("!!!")) {
          reference(current);
        } else if (!current.isEmpty() && !current.startsWith("!")) {
          if (spines != null && spines.width() == 0) {
            break; // every spine has ended; anything after is another piece
          }
          spineLine(current.split("\t", -1), number);
        }
      }
      if (spines == null) {
        throw new RejectedFileException("no **kern spine: the file has no Humdrum spines");
      }
      return work();
    }

    private void reference(String current) {
      var matcher = REFERENCE.matcher(current);
      if (matcher.matches() && !matcher.group(2).isBlank()) {
        references
            .computeIfAbsent(matcher.group(1).trim(), k -> new ArrayList<>())
            .add(matcher.group(2).trim());
      }
    }

    private void spineLine(String[] tokens, int number) {
      if (spines == null) {
        start(tokens, number);
      } else if (tokens.length != spines.width()) {
        throw new RejectedFileException(
            "line %d has %d columns where %d spines are open"
                .formatted(number, tokens.length, spines.width()));
      } else if (tokens[0].startsWith("*")) {
        interpretation(tokens);
        spines.interpret(tokens);
      } else if (!tokens[0].startsWith("=")) {
        data(tokens, number);
      }
    }

    private void start(String[] tokens, int number) {
      if (!tokens[0].startsWith("**")) {
        throw new RejectedFileException(
            "line " + number + ": a Humdrum file starts its spines with e.g. **kern");
      }
      spines = new HumdrumSpines(tokens);
      openingSpines = tokens.length;
      melodySpine = spines.rightmost("**kern");
      if (melodySpine < 0) {
        throw new RejectedFileException("no **kern spine: only **kern music is read");
      }
      int words = spines.rightmost("**text");
      textSpine = words >= 0 ? words : spines.rightmost("**silbe");
    }

    private void interpretation(String[] tokens) {
      for (int column = 0; column < tokens.length; column++) {
        int spine = spines.spine(column);
        String token = tokens[column];
        if (spines.type(spine).equals("**kern")) {
          if (token.startsWith("*I\"")) {
            instrumentNames.putIfAbsent(spine, token.substring(3).trim());
          } else if (INSTRUMENT_CODE.matcher(token).matches()) {
            instrumentCodes.putIfAbsent(spine, token.substring(2));
          }
        }
        if (spine == melodySpine) {
          melodyInterpretation(token);
        }
      }
    }

    private void melodyInterpretation(String token) {
      var time = TIME_SIGNATURE.matcher(token);
      var symbol = METRE_SYMBOL.matcher(token);
      var designation = KEY.matcher(token);
      if (!dataSeen && timeSignature == null && time.matches()) {
        timeSignature = time.group(1);
      } else if (!dataSeen && metreSymbol == null && symbol.matches()) {
        metreSymbol = symbol.group(1).equals("c") ? "C" : symbol.group(1).replace("c|", "C|");
      } else if (key == null && designation.matches()) {
        key = key(designation.group(1).charAt(0), designation.group(2), designation.group(3));
      }
    }

    private static String key(char tonic, String accidental, String mode) {
      Mode named =
          switch (mode) {
            case "dor" -> Mode.DORIAN;
            case "phr" -> Mode.PHRYGIAN;
            case "lyd" -> Mode.LYDIAN;
            case "mix" -> Mode.MIXOLYDIAN;
            case "loc" -> Mode.LOCRIAN;
            default -> Character.isUpperCase(tonic) ? Mode.MAJOR : Mode.MINOR;
          };
      int alter = accidental.equals("#") ? 1 : accidental.equals("-") ? -1 : 0;
      return new Key(Character.toUpperCase(tonic), alter, named).toString();
    }

    private void data(String[] tokens, int number) {
      dataSeen = true;
      int column = spines.firstColumn(melodySpine);
      if (!melodyRead && column >= 0) {
        try {
          KernNote.parse(tokens[column]).ifPresent(this::add);
        } catch (IllegalArgumentException e) {
          melodyRead = true;
          LOG.log(
              Level.WARNING,
              "{0}: incipit ends at line {1}: {2}",
              new Object[] {name, number, e.getMessage()});
        }
      }
      int words = textSpine < 0 ? -1 : spines.firstColumn(textSpine);
      if (!lyricsRead && words >= 0) {
        syllable(tokens[words]);
      }
    }

    /** Adds a note of the melody spine, until the note after the incipit's last one starts. */
    private void add(KernNote note) {
      boolean continues =
          held != null
              && held.tiedToNext()
              && note.pitch() != null
              && note.pitch().midi() == held.pitch().midi();
      if (note.pitch() != null && !continues && ++notesStarted > Incipit.WANTED_NOTES) {
        melodyRead = true;
        return;
      }
      if (note.pitch() == null) {
        melody.rest(note.duration());
      } else {
        melody.note(note.pitch(), note.duration());
        if (note.tiedToNext()) {
          melody.tie();
        }
      }
      held = note.pitch() == null ? null : note;
    }

    /**
     * Adds a syllable of the text spine: {@code -kle} continues the word {@code Twin-}. The first
     * line ends at the first punctuation mark, or after twelve words.
     */
    private void syllable(String token) {
      String syllable = token.trim();
      if (syllable.equals(".") || syllable.isEmpty()) {
        return;
      }
      boolean continuesWord = syllable.startsWith("-");
      syllable = syllable.replaceAll("^-+|-+$", "");
      if (!lyrics.isEmpty() && !continuesWord) {
        lyrics.append(' ');
      }
      lyrics.append(syllable);
      lyricsRead = syllable.matches(".*[.,;:!?]") || lyrics.toString().split(" ").length >= 12;
    }

    private ExtractedWork work() {
      var composers = new ArrayList<String>();
      var lifeDates = new HashMap<String, String>();
      references.forEach(
          (code, values) -> {
            if (code.matches("COM\\d*")) {
              composers.addAll(values);
              String dates = first("CDT" + code.substring(3));
              if (dates != null) {
                values.forEach(composer -> lifeDates.put(composer, dates));
              }
            }
          });
      var alternativeTitles = new ArrayList<String>();
      references.forEach(
          (code, values) -> {
            if (code.startsWith("OTL@") || code.equals("OTA") || code.equals("OTP")) {
              alternativeTitles.addAll(values);
            }
          });
      String catalogueNumber = first("SCT") != null ? first("SCT") : first("OPS");
      return new ExtractedWork(
          null,
          first("OTL"),
          alternativeTitles,
          composers,
          lifeDates,
          catalogueNumber,
          key,
          metreSymbol != null ? metreSymbol : timeSignature,
          List.of(),
          instruments(),
          lyrics.isEmpty() ? null : lyrics.toString(),
          Incipit.opening(melody.notes()).orElse(null),
          null);
    }

    private String first(String code) {
      List<String> values = references.get(code);
      return values == null ? null : values.getFirst();
    }

    /** Named instruments ({@code *I"Violin}), else instrument codes ({@code *Ivioln}), top down. */
    private List<String> instruments() {
      var instruments = new LinkedHashSet<String>();
      for (int spine = openingSpines - 1; spine >= 0; spine--) {
        String named = instrumentNames.getOrDefault(spine, instrumentCodes.get(spine));
        if (named != null) {
          instruments.add(named);
        }
      }
      return List.copyOf(instruments);
    }
  }
}
