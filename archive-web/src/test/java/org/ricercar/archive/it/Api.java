package org.ricercar.archive.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for the API under test, optionally acting with a bearer token. */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String token;

  private Api(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The application under test, as an anonymous visitor. */
  public static Api anonymous() {
    return new Api(ItSettings.appUrl(), null);
  }

  public static Api at(URI base) {
    return new Api(base, null);
  }

  /** The same API, calling with this bearer token. */
  public Api as(String bearerToken) {
    return new Api(base, bearerToken);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET asking for plain text, as a metrics scraper does. */
  public Reply getText(String path) {
    return getAccepting(path, "text/plain");
  }

  /** A GET asking for the given media type. */
  public Reply getAccepting(String path, String mediaType) {
    return send(request(path).setHeader("Accept", mediaType).GET());
  }

  public Reply post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  public Reply put(String path, String json, String ifMatch) {
    var request = request(path).header("Content-Type", "application/json").PUT(body(json));
    return send(ifMatch == null ? request : request.header("If-Match", ifMatch));
  }

  public Reply patch(String path, String json, String ifMatch) {
    var request =
        request(path)
            .header("Content-Type", "application/merge-patch+json")
            .method("PATCH", body(json));
    return send(ifMatch == null ? request : request.header("If-Match", ifMatch));
  }

  public Reply delete(String path, String ifMatch) {
    var request = request(path).DELETE();
    return send(ifMatch == null ? request : request.header("If-Match", ifMatch));
  }

  /** Any method, with a raw body and content type. */
  public Reply send(String method, String path, String contentType, String body, String ifMatch) {
    var request =
        request(path)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /** A POST of raw bytes, as file uploads and zip imports send them. */
  public Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path) {
    var builder =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, headers and a body that is usually JSON. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public String etag() {
      return header("ETag").orElseThrow(() -> new AssertionError("no ETag in " + this));
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.read();
      } catch (RuntimeException e) {
        throw new AssertionError("not JSON: " + this, e);
      }
    }

    @Override
    public String toString() {
      return response.request().method()
          + " "
          + response.uri()
          + " -> "
          + response.statusCode()
          + " "
          + response.body();
    }
  }
}
