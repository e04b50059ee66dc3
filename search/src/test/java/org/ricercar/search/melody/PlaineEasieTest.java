package org.ricercar.search.melody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaineEasieTest {

  @Test
  void readsOctavesDurationsAndTheirPersistence() {
    assertThat(melody("", "c", "'4C8DE/2F''C,B,,A"))
        .isEqualTo("C4:1/4 D4:1/8 E4:1/8 F4:1/2 C5:1/2 B3:1/2 A2:1/2");
  }

  @Test
  void appliesTheKeySignatureAndAccidentalsUntilTheBarline() {
    assertThat(melody("bBE", "c", "'4BEnBB/BxFF''F"))
        .isEqualTo("Bb4:1/4 Eb4:1/4 B4:1/4 B4:1/4 Bb4:1/4 F#4:1/4 F#4:1/4 F5:1/4");
    assertThat(melody("xFC", "", "'8FCxxFbbBnC"))
        .isEqualTo("F#4:1/8 C#4:1/8 F##4:1/8 Bbb4:1/8 C4:1/8");
  }

  @Test
  void readsDotsAndRhythmicPatterns() {
    assertThat(melody("", "6/8", "'4.C8D4.E8F")).isEqualTo("C4:3/8 D4:1/8 E4:3/8 F4:1/8");
    assertThat(melody("", "6/8", "'4.8CDEF/G")).isEqualTo("C4:3/8 D4:1/8 E4:3/8 F4:1/8 G4:3/8");
    assertThat(melody("", "c", "'2..C8D")).isEqualTo("C4:7/8 D4:1/8");
  }

  @Test
  void readsRestsAndMeasureRestsFromTheTimeSignature() {
    assertThat(melody("", "3/4", "=2/'4-C8-D/="))
        .isEqualTo("r:3/2 r:1/4 C4:1/4 r:1/8 D4:1/8 r:3/4");
  }

  @Test
  void joinsTiedNotes() {
    assertThat(melody("", "c", "'2C+8C4D+/D")).isEqualTo("C4:5/8 D4:1/2");
  }

  @Test
  void readsTripletsAndTupletsWithTheirTotalValue() {
    assertThat(melody("", "2/4", "'8C(6DEF)4G")).isEqualTo("C4:1/8 D4:1/24 E4:1/24 F4:1/24 G4:1/4");
    assertThat(melody("", "c", "'4(6CDEFG;5)"))
        .isEqualTo("C4:1/20 D4:1/20 E4:1/20 F4:1/20 G4:1/20");
    assertThat(melody("", "c", "'8(6CDE;3)")).isEqualTo("C4:1/24 D4:1/24 E4:1/24");
  }

  @Test
  void readsFermatasAsPlainNotes() {
    assertThat(melody("", "c", "'4(C)D8(-)E")).isEqualTo("C4:1/4 D4:1/4 r:1/8 E4:1/8");
  }

  @Test
  void leavesOutGraceNotesWithoutTakingTheirValues() {
    assertThat(melody("", "c", "'4gCD8qEF qq6GArB")).isEqualTo("D4:1/4 F4:1/8 B4:1/8");
  }

  @Test
  void keepsTheTopNoteOfAChord() {
    assertThat(melody("", "c", "'4C^E^G2D^''C")).isEqualTo("G4:1/4 C5:1/2");
  }

  @Test
  void writesOutRepeatedFiguresAndMeasures() {
    assertThat(melody("", "c", "'!8CD!ff/4E/i"))
        .isEqualTo("C4:1/8 D4:1/8 C4:1/8 D4:1/8 C4:1/8 D4:1/8 E4:1/4 E4:1/4");
  }

  @Test
  void followsBeamsBarlinesAndChangesOfClefKeyAndTime() {
    assertThat(melody("", "c", "'{8CD}//:{EF}:// $xF @3/4 %C-1 4F/=t'G.//"))
        .isEqualTo("C4:1/8 D4:1/8 E4:1/8 F4:1/8 F#4:1/4 r:3/4 G4:1/4");
  }

  @Test
  void namesThePositionOfInvalidCode() {
    assertThatThrownBy(() -> PlaineEasie.read("", "c", "'4CZD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unexpected 'Z' at position 4");
    assertThatThrownBy(() -> PlaineEasie.read("", "c", "'4C)"))
        .hasMessage("')' without '(' at position 4");
    assertThatThrownBy(() -> PlaineEasie.read("bQ", "c", "'4C"))
        .hasMessage("not a key signature: bQ");
  }

  private static String melody(String key, String time, String data) {
    return new Incipit(PlaineEasie.read(key, time, data)).toString();
  }
}
