package org.ricercar.archive;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ricercar.archive.demo.DemoCatalogue;
import org.ricercar.archive.demo.DemoGuidelines;
import org.ricercar.archive.files.BlobStore;
import org.ricercar.archive.fixity.FixityAudit;
import org.ricercar.archive.governance.VoteOpening;
import org.ricercar.archive.imports.ImportSteps;
import org.ricercar.archive.search.SearchIndex;
import org.ricercar.governance.schema.GovernanceSchema;

/**
 * What happens once the schema is current and before the first request: the demo catalogue is
 * loaded into an empty database when configured, the search index starts following the catalogue
 * (built first when it is new), imports that a shutdown interrupted are marked so, and the fixity
 * audit is scheduled.
 */
@Singleton
@Startup
@DependsOn("CatalogueSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArchiveStartup {

  private static final Logger LOG = Logger.getLogger(ArchiveStartup.class.getName());

  @Inject ArchiveSettings settings;

  @Inject DemoCatalogue demo;

  @Inject SearchIndex search;

  @Inject BlobStore store;

  @Inject ImportSteps imports;

  @Inject FixityAudit fixity;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject GovernanceSchema governanceSchema;

  @Inject DemoGuidelines demoGuidelines;

  @Inject VoteOpening voteOpening;

  @PostConstruct
  void start() {
    // Catalogue changes go on the ledger: its tables must exist before the demo is loaded.
    String ledgerSchema = governanceSchema.version();
    LOG.fine(() -> "Starting on governance schema " + ledgerSchema);
    if (settings.loadDemo()) {
      demo.loadIntoEmptyCatalogue();
      demoGuidelines.loadIfNone();
    }
    search.start();
    store.discardStaleParts();
    int interrupted = imports.interruptUnfinished();
    if (interrupted > 0) {
      LOG.warning(() -> interrupted + " import(s) were interrupted by a shutdown; resume them");
    }
    long minutes = settings.fixityInterval().toMinutes();
    scheduler.scheduleWithFixedDelay(fixity::start, minutes, minutes, TimeUnit.MINUTES);
    scheduler.scheduleWithFixedDelay(voteOpening::openDueVotes, 1, 1, TimeUnit.SECONDS);
  }
}
