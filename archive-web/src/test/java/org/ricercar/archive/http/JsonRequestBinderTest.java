package org.ricercar.archive.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ricercar.archive.catalogue.work.Period;
import org.ricercar.archive.catalogue.work.WorkDetails;

class JsonRequestBinderTest {

  @Test
  void bindsAndNormalisesAValidRequest() {
    WorkDetails work =
        JsonRequestBinder.bind(
            json(
                "{\"title\": \"  Das Jahr \", \"key\": \"eb\", \"period\": \"ROMANTIC\", \"composerIds\": [3], \"genre\": \"\"}"),
            WorkDetails.class);

    assertThat(work.title()).isEqualTo("Das Jahr");
    assertThat(work.key()).isEqualTo("E-flat major");
    assertThat(work.period()).isEqualTo(Period.ROMANTIC);
    assertThat(work.genre()).isNull();
    assertThat(work.alternativeTitles()).isEmpty();
  }

  @Test
  void reportsEveryBadFieldByName() {
    var problem =
        catchThrowableOfType(
            RequestBodyException.class,
            () ->
                JsonRequestBinder.bind(
                    json(
                        "{\"title\": 5, \"composerIds\": [1, \"two\"], \"period\": \"LATE\", \"version\": 3}"),
                    WorkDetails.class));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("title", "composerIds[1]", "period", "version");
    assertThat(problem.errors())
        .filteredOn(e -> e.field().equals("period"))
        .singleElement()
        .extracting(FieldError::message)
        .asString()
        .contains("ROMANTIC");
  }

  @Test
  void appliesTheConstraintsOfTheRequest() {
    var problem =
        catchThrowableOfType(
            RequestBodyException.class,
            () ->
                JsonRequestBinder.bind(
                    json(
                        "{\"title\": \""
                            + "x".repeat(301)
                            + "\", \"composerIds\": [-1], \"date\": \"1850/1840\", \"language\": \"German\"}"),
                    WorkDetails.class));

    assertThat(problem.errors())
        .extracting(FieldError::field)
        .containsExactly("composerIds[0]", "date", "language", "title");
  }

  @Test
  void aMergePatchChangesOnlyWhatItNamesAndCanClearAField() {
    var current =
        new WorkDetails(
            "Trio",
            List.of(),
            "Op. 33",
            "Piano trio",
            null,
            List.of("violin", "cello", "piano"),
            null,
            List.of(),
            "1855",
            Period.ROMANTIC,
            null,
            null,
            "notes",
            null,
            List.of(4L));

    WorkDetails patched =
        JsonRequestBinder.merge(current, json("{\"key\": \"e minor\", \"notes\": null}"));

    assertThat(patched.key()).isEqualTo("E minor");
    assertThat(patched.notes()).isNull();
    assertThat(patched.catalogueNumber()).isEqualTo("Op. 33");
    assertThat(patched.instrumentation()).containsExactly("violin", "cello", "piano");
  }

  @Test
  void aMergePatchCannotAddUnknownFields() {
    var current =
        new WorkDetails(
            "Trio",
            List.of(),
            null,
            null,
            null,
            List.of(),
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(4L));

    var problem =
        catchThrowableOfType(
            RequestBodyException.class,
            () -> JsonRequestBinder.merge(current, json("{\"createdAt\": \"2020-01-01\"}")));

    assertThat(problem.errors()).extracting(FieldError::field).containsExactly("createdAt");
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
