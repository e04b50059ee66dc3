package org.ricercar.archive.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Finds the service for a kind of record, for the endpoints every kind shares. */
@ApplicationScoped
public class CatalogueServices {

  @Inject Instance<CatalogueService<?, ?, ?>> services;

  public CatalogueService<?, ?, ?> of(RecordKind kind) {
    return services.stream()
        .filter(service -> service.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no service for " + kind));
  }
}
