package org.ricercar.governance.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the governance tables up to date before the application takes requests. The module keeps
 * its own migration history, so it can evolve without coordinating version numbers with others.
 */
@Singleton
@Startup
// Flyway commits its own transactions; it must not run inside a container transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GovernanceSchema {

  private static final Logger LOG = Logger.getLogger(GovernanceSchema.class.getName());

  @Resource(lookup = "java:app/jdbc/ricercar")
  private DataSource dataSource;

  private String version;

  /**
   * The governance schema's version. Calling it from another start-up bean makes that bean wait
   * until the migrations have run: a singleton answers only once it is constructed.
   */
  public String version() {
    return version;
  }

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(GovernanceSchema.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/governance")
            .table("governance_schema_history")
            // Other modules' tables may already exist in the same schema.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    version = result.targetSchemaVersion;
    LOG.info(
        () ->
            "Governance schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }
}
