package org.ricercar.governance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger on a real database: the module's own migration, Hibernate validating its mapping
 * against it, and an edit made directly in the database detected by verification.
 */
class LedgerPersistenceTest {

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private EntityManagerFactory factory;

  @BeforeEach
  void migrate() {
    dataSource.setURL("jdbc:h2:mem:ledger-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/governance").load().migrate();
    factory =
        new HibernatePersistenceProvider()
            .createEntityManagerFactory(
                new PersistenceConfiguration("governance")
                    .property(PersistenceConfiguration.JDBC_URL, dataSource.getURL())
                    .managedClass(LedgerEntry.class)
                    .managedClass(LedgerHead.class)
                    .managedClass(PendingEntry.class)
                    .property("hibernate.hbm2ddl.auto", "validate"));
  }

  @AfterEach
  void close() {
    factory.close();
  }

  @Test
  void eventsAppendedInTransactionsAreSealedInOrderAndVerifyAndAnEditInTheDatabaseIsFound()
      throws Exception {
    for (int i = 0; i < 5; i++) {
      String role = "role" + i;
      factory.runInTransaction(
          em ->
              new Ledger(em)
                  .append(
                      new LedgerEvent(
                          "user:admin",
                          "member.role-granted",
                          "member:7",
                          "{\"role\":\"" + role + "\"}")));
    }

    List<LedgerRecord> beforeSealing =
        factory.callInTransaction(em -> new Ledger(em).trail("member:7", 10));
    int sealed = factory.callInTransaction(em -> new Ledger(em).seal(3));
    int sealedLater = factory.callInTransaction(em -> new Ledger(em).seal(3));

    ChainVerification intact = factory.callInTransaction(em -> new Ledger(em).verify());
    var intactReport = new ByteArrayOutputStream();
    int intactExit =
        LedgerVerifyCommand.run(dataSource.getURL(), "", "", new PrintStream(intactReport, true));
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE ledger_entry SET actor = 'user:mallory' WHERE seq = 4");
    }
    ChainVerification broken = factory.callInTransaction(em -> new Ledger(em).verify());
    var brokenReport = new ByteArrayOutputStream();
    int brokenExit =
        LedgerVerifyCommand.run(dataSource.getURL(), "", "", new PrintStream(brokenReport, true));

    assertThat(beforeSealing).hasSize(5).noneMatch(LedgerRecord::sealed);
    assertThat(sealed).isEqualTo(3);
    assertThat(sealedLater).isEqualTo(2);
    assertThat(intact.intact()).isTrue();
    assertThat(intact.entriesChecked()).isEqualTo(5);
    assertThat(broken.intact()).isFalse();
    assertThat(broken.firstBrokenSequence()).isEqualTo(4);
    assertThat(intactExit).isZero();
    assertThat(intactReport.toString()).startsWith("Ledger intact: 5 entries verified");
    assertThat(brokenExit).isEqualTo(1);
    assertThat(brokenReport.toString()).startsWith("Ledger broken at entry 4:");
    List<LedgerRecord> trail = factory.callInTransaction(em -> new Ledger(em).trail("member:7", 2));
    assertThat(trail).extracting(LedgerRecord::sequence).containsExactly(5L, 4L);
    assertThat(trail.getFirst().payload()).isEqualTo("{\"role\":\"role4\"}");
    assertThat(trail.getFirst().recordedAt()).isEqualTo(beforeSealing.getFirst().recordedAt());
  }

  @Test
  void anEventSealedWhileATrailIsReadShowsOnceInItsSealedForm() {
    factory.runInTransaction(
        em ->
            new Ledger(em)
                .append(new LedgerEvent("user:admin", "member.role-granted", "member:9", "{}")));
    // What a reader sees when the sealer runs between its two reads: the event still pending in
    // the first, already chained in the second.
    factory.runInTransaction(
        em -> {
          em.createNativeQuery("create table pending_copy as select * from ledger_pending")
              .executeUpdate();
          new Ledger(em).seal(10);
          em.createNativeQuery("insert into ledger_pending select * from pending_copy")
              .executeUpdate();
        });

    List<LedgerRecord> trail =
        factory.callInTransaction(em -> new Ledger(em).trail("member:9", 10));

    assertThat(trail).hasSize(1);
    assertThat(trail.getFirst().sealed()).isTrue();
  }
}
