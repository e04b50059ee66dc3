package org.ricercar.archive;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.ricercar.archive.demo.DemoCatalogue;
import org.ricercar.archive.search.WorkSearch;

/**
 * What happens once the schema is current and before the first request: the demo catalogue is
 * loaded into an empty database when configured, then the search index is built.
 */
@Singleton
@Startup
@DependsOn("CatalogueSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArchiveStartup {

  @Inject ArchiveSettings settings;

  @Inject DemoCatalogue demo;

  @Inject WorkSearch search;

  @PostConstruct
  void start() {
    if (settings.loadDemo()) {
      demo.loadIntoEmptyCatalogue();
    }
    search.rebuild();
  }
}
