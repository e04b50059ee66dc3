package org.ricercar.search.melody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbcMelodyTest {

  @Test
  void readsNotesWithTheUnitLengthAndOctaves() {
    assertThat(melody("GABc|d2B2|", "G", "4/4", "1/8"))
        .isEqualTo("G4:1/8 A4:1/8 B4:1/8 C5:1/8 D5:1/4 B4:1/4");
    assertThat(melody("C, C c c' c''", null, null, "1/4"))
        .isEqualTo("C3:1/4 C4:1/4 C5:1/4 C6:1/4 C7:1/4");
  }

  @Test
  void appliesTheKeyAndAccidentalsUntilTheBarline() {
    assertThat(melody("F ^G g =F F | F", "D", "4/4", "1/8"))
        .isEqualTo("F#4:1/8 G#4:1/8 G5:1/8 F4:1/8 F4:1/8 F#4:1/8");
    assertThat(melody("F f B", "Ador", null, "1/8")).isEqualTo("F#4:1/8 F#5:1/8 B4:1/8");
    assertThat(melody("_B __B ^^F", null, null, "1/8")).isEqualTo("Bb4:1/8 Bbb4:1/8 F##4:1/8");
  }

  @Test
  void readsLengthsAndTheDefaultUnitTheMetreImplies() {
    assertThat(melody("A2 A/ A/2 A// A3/2 A3", null, null, "1/4"))
        .isEqualTo("A4:1/2 A4:1/8 A4:1/8 A4:1/16 A4:3/8 A4:3/4");
    assertThat(melody("A", null, "2/4", null)).isEqualTo("A4:1/16");
    assertThat(melody("A", null, "3/4", null)).isEqualTo("A4:1/8");
    assertThat(melody("A", null, null, null)).isEqualTo("A4:1/8");
  }

  @Test
  void readsBrokenRhythms() {
    assertThat(melody("A>B C<D A>>B", null, null, "1/8"))
        .isEqualTo("A4:3/16 B4:1/16 C4:1/16 D4:3/16 A4:7/32 B4:1/32");
  }

  @Test
  void readsTuplets() {
    assertThat(melody("(3ABc d (3:2:2AB c", null, "2/4", "1/8"))
        .isEqualTo("A4:1/12 B4:1/12 C5:1/12 D5:1/8 A4:1/12 B4:1/12 C5:1/8");
    assertThat(melody("(5ABcde", null, "6/8", "1/8"))
        .isEqualTo("A4:3/40 B4:3/40 C5:3/40 D5:3/40 E5:3/40");
  }

  @Test
  void keepsTheTopNoteOfChordsWithTheFirstNotesLength() {
    assertThat(melody("[CEG]2 [ce] [C2E2] [Ge]>[Bd]", null, null, "1/8"))
        .isEqualTo("G4:1/4 E5:1/8 E4:1/4 E5:3/16 D5:1/16");
  }

  @Test
  void joinsTiedNotesAcrossTheBarline() {
    assertThat(melody("A2-A B- | B -B C", null, null, "1/8")).isEqualTo("A4:3/8 B4:3/8 C4:1/8");
  }

  @Test
  void leavesOutGraceNotesDecorationsAndChordSymbols() {
    assertThat(
            melody("\"G\"{ag}!trill!TA .B ~c +fermata+d \"^text\"uv[+slide+e]", null, null, "1/8"))
        .isEqualTo("A4:1/8 B4:1/8 C5:1/8 D5:1/8 E5:1/8");
  }

  @Test
  void obeysFieldsInTheBodyAndInline() {
    assertThat(
            melody(
                "B [K:F] B |[L:1/4] B\nM:3/4\nZ\nK:G\nF\nw: la la\nP:B\n% a remark\nF",
                "C", null, "1/8"))
        .isEqualTo("B4:1/8 Bb4:1/8 Bb4:1/4 r:3/4 F#4:1/4 F#4:1/4");
  }

  @Test
  void readsEndingsInWrittenOrder() {
    assertThat(melody("|: A B :|1 c :|2,3 d |] [1 e [|f|| :|[\"Coda\" g", null, null, "1/8"))
        .isEqualTo("A4:1/8 B4:1/8 C5:1/8 D5:1/8 E5:1/8 F5:1/8 G5:1/8");
  }

  @Test
  void readsOnlyTheFirstVoice() {
    assertThat(melody("V:1\nAB\nV:2\nCD\n[V:1] c", null, null, "1/8"))
        .isEqualTo("A4:1/8 B4:1/8 C5:1/8");
    assertThat(melody("A B & C D | e (& f & G | G &) | g", null, null, "1/8"))
        .isEqualTo("A4:1/8 B4:1/8 E5:1/8 F5:1/8 G5:1/8");
  }

  @Test
  void readsRests() {
    assertThat(melody("z2 A x B Z2", null, "3/4", "1/8"))
        .isEqualTo("r:1/4 A4:1/8 r:1/8 B4:1/8 r:3/2");
  }

  @Test
  void namesTheLineAndColumnOfAnUnreadableSymbol() {
    assertThatThrownBy(() -> AbcMelody.read("AB\nAB#c", null, null, "1/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unexpected '#' at line 2, column 3");
    assertThatThrownBy(() -> AbcMelody.read("[CE", null, null, "1/8"))
        .hasMessage("chord is never closed at line 1, column 4");
  }

  private static String melody(String body, String key, String meter, String unitLength) {
    return new Incipit(AbcMelody.read(body, key, meter, unitLength)).toString();
  }
}
