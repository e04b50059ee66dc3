package org.ricercar.archive.http;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a JSON object from a request body: size-limited, with malformed JSON reported by line and
 * column.
 */
final class JsonBodies {

  /** JSON-P's provider, looked up once: Json.create… would search the class path every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** No catalogue record comes close to this; larger bodies are refused unread. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private JsonBodies() {}

  static JsonObject readObject(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new RequestBodyException(
          413, "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB.", List.of());
    }
    if (body.length == 0) {
      throw new RequestBodyException(400, "The request needs a JSON body.", List.of());
    }
    try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      if (!(value instanceof JsonObject object)) {
        throw new RequestBodyException(400, "The request body must be a JSON object.", List.of());
      }
      return object;
    } catch (JsonParsingException e) {
      var location = e.getLocation();
      throw new RequestBodyException(
          400,
          "The request body is not valid JSON (line "
              + location.getLineNumber()
              + ", column "
              + location.getColumnNumber()
              + ").",
          List.of());
    } catch (JsonException e) {
      throw new RequestBodyException(400, "The request body is not valid JSON.", List.of());
    }
  }
}
