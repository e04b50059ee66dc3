package org.ricercar.archive.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ricercar.archive.search.IndexStatus;
import org.ricercar.archive.search.SearchIndex;

/**
 * The search index is ready while it can follow the catalogue; how far behind it is, and any
 * rebuild under way, are reported alongside.
 */
@Readiness
@ApplicationScoped
public class SearchIndexCheck implements HealthCheck {

  @Inject SearchIndex searchIndex;

  @Override
  public HealthCheckResponse call() {
    IndexStatus status = searchIndex.status();
    var response =
        HealthCheckResponse.named("search-index")
            .status(status.error() == null)
            .withData("lag", status.lag())
            .withData("position", status.position())
            .withData("documents", status.documents())
            .withData("rebuild", status.rebuild().state().name());
    if (status.error() != null) {
      response.withData("error", status.error());
    }
    return response.build();
  }
}
