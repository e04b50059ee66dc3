package org.ricercar.archive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import org.ricercar.archive.it.ItSettings;

/**
 * A blocking HTTP/1.1 client for latency measurements: the calling thread writes the request and
 * reads the answer on a kept-alive connection, as a browser's network stack does.
 *
 * <p>{@code java.net.http.HttpClient} (the tests' {@code Api}) hands every exchange between its
 * selector and worker threads; on a 2-core machine that shared with the server added 2 to 3 ms at
 * p95 to every request, even one the server answers in 0.2 ms, which a benchmark of the server
 * should not count. The search benchmark reports both clients' round trips.
 */
final class BlockingClient {

  static {
    // Keep one idle connection per concurrent client (the default keeps 5).
    System.setProperty("http.maxConnections", "32");
  }

  private final URI base = ItSettings.appUrl();

  /** A GET of this path, the answer read to its end so that the connection is reused. */
  Answer get(String path) {
    try {
      var connection = (HttpURLConnection) base.resolve(path.substring(1)).toURL().openConnection();
      connection.setRequestProperty("Accept", "application/json");
      int status = connection.getResponseCode();
      try (InputStream body =
          status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
        return new Answer(status, connection.getHeaderField("Server-Timing"), bytes.length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param serverTiming the {@code Server-Timing} header, or null
   * @param bytes the body's length
   */
  record Answer(int status, String serverTiming, int bytes) {

    /** The server's own time for the request, from its Server-Timing header, in nanoseconds. */
    long serverNanos() {
      if (serverTiming == null) {
        throw new IllegalStateException("no Server-Timing header");
      }
      return (long)
          (Double.parseDouble(serverTiming.substring(serverTiming.indexOf("dur=") + 4)) * 1e6);
    }
  }
}
