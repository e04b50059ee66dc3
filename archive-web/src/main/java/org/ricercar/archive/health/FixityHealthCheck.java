package org.ricercar.archive.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ricercar.archive.fixity.FixityService;

/** The store is not sound while any stored file was found missing or changed at its last check. */
@Readiness
@ApplicationScoped
public class FixityHealthCheck implements HealthCheck {

  @Inject FixityService fixity;

  @Override
  public HealthCheckResponse call() {
    long failing = fixity.failingCount();
    return HealthCheckResponse.named("fixity")
        .status(failing == 0)
        .withData("failingFiles", failing)
        .withData(
            "detail",
            failing == 0
                ? "every checked file matches its digest"
                : failing + " stored file(s) missing or changed; see the fixity audit page")
        .build();
  }
}
