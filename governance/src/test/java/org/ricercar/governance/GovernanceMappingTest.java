package org.ricercar.governance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Test;

/**
 * Every entity of the governance persistence unit, validated by Hibernate against the tables the
 * module's Flyway migrations create: a mapping that does not fit its table fails here, not at
 * deployment.
 */
class GovernanceMappingTest {

  private static final Pattern CLASS = Pattern.compile("<class>([\\w.]+)</class>");

  @Test
  void everyEntityFitsTheMigratedSchema() throws Exception {
    var dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:mapping-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/governance").load().migrate();
    var configuration =
        new PersistenceConfiguration("governance")
            .property(PersistenceConfiguration.JDBC_URL, dataSource.getURL())
            .property("hibernate.hbm2ddl.auto", "validate");
    var matcher = CLASS.matcher(persistenceXml());
    int entities = 0;
    while (matcher.find()) {
      configuration.managedClass(Class.forName(matcher.group(1)));
      entities++;
    }

    try (var factory =
        new HibernatePersistenceProvider().createEntityManagerFactory(configuration)) {
      assertThat(entities).isEqualTo(15);
      long principles =
          factory.callInTransaction(
              em ->
                  em.createQuery("select count(p) from Principle p", Long.class).getSingleResult());
      assertThat(principles).isEqualTo(10);
    }
  }

  private static String persistenceXml() throws IOException {
    try (InputStream in =
        GovernanceMappingTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
