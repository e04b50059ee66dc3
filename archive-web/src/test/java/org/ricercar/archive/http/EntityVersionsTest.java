package org.ricercar.archive.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityVersionsTest {

  @Test
  void readsTheVersionFromAStrongEtag() {
    assertThat(EntityVersions.required("\"12\"")).isEqualTo(12);
    assertThat(EntityVersions.tag(12).getValue()).isEqualTo("12");
    assertThat(EntityVersions.tag(12).isWeak()).isFalse();
  }

  @Test
  void aMissingHeaderIsPreconditionRequired() {
    assertThat(
            catchThrowableOfType(
                    EntityVersions.PreconditionException.class, () -> EntityVersions.required(null))
                .status())
        .isEqualTo(428);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"*", "W/\"3\"", "\"3\", \"4\"", "3", "\"abc\"", "\"99999999999999999999\""})
  void anythingElseCannotMatchAVersion(String header) {
    assertThat(
            catchThrowableOfType(
                    EntityVersions.PreconditionException.class,
                    () -> EntityVersions.required(header))
                .status())
        .isEqualTo(412);
  }
}
