package org.ricercar.archive.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's data source from configuration and brings the catalogue tables up to
 * date before anything else runs. Which database is used is configuration only: the same migrations
 * run on the embedded H2 default and on PostgreSQL.
 */
@DataSourceDefinition(
    name = CatalogueSchema.DATA_SOURCE,
    className = "${MPCONFIG=ricercar.db.datasource-class}",
    url = "${MPCONFIG=ricercar.db.url}",
    user = "${MPCONFIG=ricercar.db.user}",
    password = "${MPCONFIG=ricercar.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {"fish.payara.log-jdbc-calls=false"})
@Singleton
@Startup
// Flyway commits its own transactions; it must not run inside a container transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueSchema {

  public static final String DATA_SOURCE = "java:app/jdbc/ricercar";

  private static final Logger LOG = Logger.getLogger(CatalogueSchema.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(CatalogueSchema.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/catalogue")
            .table("catalogue_schema_history")
            // Other modules' tables may already exist in the same schema.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Catalogue schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied) on "
                + result.database);
  }
}
