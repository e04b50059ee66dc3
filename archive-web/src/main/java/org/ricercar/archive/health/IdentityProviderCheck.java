package org.ricercar.archive.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ricercar.archive.ArchiveSettings;

/**
 * Ready when the identity provider publishes the realm's OpenID configuration. When it is down,
 * public reads still work; sign-in, writes and member administration do not, and this check says
 * so.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderCheck implements HealthCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject ArchiveSettings settings;

  @Override
  public HealthCheckResponse call() {
    String discovery = settings.realmUrl() + "/.well-known/openid-configuration";
    var response =
        HealthCheckResponse.named("identity-provider").withData("realm", settings.realmUrl());
    try {
      var reply =
          http.send(
              HttpRequest.newBuilder(URI.create(discovery)).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      if (reply.statusCode() == 200) {
        return response.up().build();
      }
      return response.down().withData("error", "HTTP " + reply.statusCode()).build();
    } catch (IOException e) {
      return response
          .down()
          .withData("error", "unreachable: " + e.getClass().getSimpleName())
          .build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("error", "interrupted").build();
    }
  }
}
