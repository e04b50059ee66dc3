package org.ricercar.archive.scores;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class SafeXmlTest {

  @Test
  void readsADocumentThatDeclaresAnExternalDtdWithoutLoadingIt() throws Exception {
    assertThat(
            text(
                "<!DOCTYPE score-partwise PUBLIC \"-//Recordare//DTD MusicXML 4.0 Partwise//EN\""
                    + " \"http://127.0.0.1:9/partwise.dtd\"><score-partwise>ok</score-partwise>"))
        .isEqualTo("ok");
  }

  @Test
  void expandsInternalEntities() throws Exception {
    assertThat(text("<!DOCTYPE x [<!ENTITY who \"Farrenc\">]><x>&who; &amp; co</x>"))
        .isEqualTo("Farrenc & co");
  }

  @Test
  void rejectsAnExternalGeneralEntity() {
    assertThatThrownBy(
            () -> text("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("external entity not allowed");
  }

  @Test
  void rejectsAnExternalParameterEntity() {
    assertThatThrownBy(
            () -> text("<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/e.dtd\"> %p;]><x/>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("external entity not allowed");
  }

  @Test
  void rejectsAnEntityExpansionBomb() {
    var dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY a0 \"ha\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"");
      dtd.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]><x>&a9;</x>");
    assertThatThrownBy(() -> text(dtd.toString()))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageContaining("entity-expansion bomb");
  }

  @Test
  void rejectsTruncatedXmlWithItsPosition() {
    assertThatThrownBy(() -> text("<x><y>unfinished</y>"))
        .isInstanceOf(RejectedFileException.class)
        .hasMessageStartingWith("malformed XML at line 1");
  }

  private static String text(String xml) throws XMLStreamException {
    var reader = SafeXml.open(new ByteArrayInputStream(xml.getBytes(UTF_8)), IngestLimits.DEFAULTS);
    var text = new StringBuilder();
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.CHARACTERS) {
        text.append(reader.getText());
      }
    }
    return text.toString();
  }
}
