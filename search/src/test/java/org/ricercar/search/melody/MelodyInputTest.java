package org.ricercar.search.melody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ricercar.search.melody.MelodyNotation.ABC;
import static org.ricercar.search.melody.MelodyNotation.NOTE_NAMES;
import static org.ricercar.search.melody.MelodyNotation.PLAINE_EASIE;

import org.junit.jupiter.api.Test;

class MelodyInputTest {

  @Test
  void putsNotesWithoutOctaveNearestTheNoteBefore() {
    assertThat(read("c d e f g a b c"))
        .isEqualTo("C4:1/4 D4:1/4 E4:1/4 F4:1/4 G4:1/4 A4:1/4 B4:1/4 C5:1/4");
    assertThat(read("g c e c g")).isEqualTo("G4:1/4 C5:1/4 E5:1/4 C5:1/4 G4:1/4");
    assertThat(read("c b a")).isEqualTo("C4:1/4 B3:1/4 A3:1/4");
  }

  @Test
  void choosesTheNearerStaffStepBetweenTwoTritones() {
    assertThat(read("c f#")).isEqualTo("C4:1/4 F#4:1/4");
    assertThat(read("c gb")).isEqualTo("C4:1/4 Gb3:1/4");
  }

  @Test
  void readsOctavesAccidentalsAndAnyCase() {
    assertThat(read("C4 D#4 Eb4 bb3 f#5 Ex4 Bbb2 Fn4"))
        .isEqualTo("C4:1/4 D#4:1/4 Eb4:1/4 Bb3:1/4 F#5:1/4 E##4:1/4 Bbb2:1/4 F4:1/4");
    assertThat(read("eb bb")).isEqualTo("Eb4:1/4 Bb3:1/4");
  }

  @Test
  void readsDurationsAndRests() {
    assertThat(read("C4:1/4 E4:1/8 r:1/8 g:3/8 R")).isEqualTo("C4:1/4 E4:1/8 r:1/8 G4:3/8 r:1/4");
    assertThat(read("  c:2/8\td  ")).isEqualTo("C4:1/4 D4:1/4");
  }

  @Test
  void explainsWhatIsWrongWithATypedMelody() {
    assertThatThrownBy(() -> read("c d h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'h' is not a note: write a letter from a to g");
    assertThatThrownBy(() -> read("c:0/4")).hasMessageContaining("'c:0/4' has no length");
    assertThatThrownBy(() -> read("c:1/")).hasMessageContaining("'c:1/' is not a note");
    assertThatThrownBy(() -> read("r r:1/2")).hasMessage("the melody has no notes, only rests");
    assertThatThrownBy(() -> read("  ")).hasMessage("enter a melody");
    assertThatThrownBy(() -> read("c ".repeat(1001))).hasMessageContaining("at most 2000");
  }

  @Test
  void readsAnAbcFragmentInCMajorWithEighthsUnlessItSaysOtherwise() {
    assertThat(parse("GABc d2B2", ABC).toString())
        .isEqualTo("G4:1/8 A4:1/8 B4:1/8 C5:1/8 D5:1/4 B4:1/4");
    assertThat(parse("K:G\nL:1/4\nFGA", ABC).toString()).isEqualTo("F#4:1/4 G4:1/4 A4:1/4");
    assertThatThrownBy(() -> parse("AB#c", ABC))
        .hasMessageStartingWith("the ABC could not be read: unexpected '#'");
  }

  @Test
  void readsPlaineAndEasieCodeWithOrWithoutItsClefKeyAndTime() {
    assertThat(parse("'4CDEF", PLAINE_EASIE).toString()).isEqualTo("C4:1/4 D4:1/4 E4:1/4 F4:1/4");
    assertThat(parse("%G-2@3/4$bB 8GAB", PLAINE_EASIE).toString())
        .isEqualTo("G4:1/8 A4:1/8 Bb4:1/8");
    assertThatThrownBy(() -> parse("'4CZD", PLAINE_EASIE))
        .hasMessageStartingWith("the Plaine & Easie code could not be read: unexpected 'Z'");
  }

  private static String read(String noteNames) {
    return parse(noteNames, NOTE_NAMES).toString();
  }

  private static Incipit parse(String text, MelodyNotation notation) {
    return MelodyInput.parse(text, notation);
  }
}
