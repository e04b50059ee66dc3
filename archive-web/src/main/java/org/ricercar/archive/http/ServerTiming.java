package org.ricercar.archive.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Measures every API request: a {@code Server-Timing} header tells clients and benchmarks the time
 * spent in the server, and the {@code ricercar_api_requests} timer at {@code /metrics} aggregates
 * it by method and status class.
 */
@Provider
@PreMatching
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = ServerTiming.class.getName() + ".started";

  @Inject MetricRegistry metrics;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(STARTED) instanceof Long started) {
      long nanos = System.nanoTime() - started;
      response
          .getHeaders()
          .add("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", nanos / 1e6));
      metrics
          .timer(
              "ricercar_api_requests",
              new Tag("method", request.getMethod()),
              new Tag("status", response.getStatus() / 100 + "xx"))
          .update(Duration.ofNanos(nanos));
    }
  }
}
