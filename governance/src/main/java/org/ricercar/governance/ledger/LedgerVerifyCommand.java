package org.ricercar.governance.ledger;

import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.io.PrintStream;

/**
 * Verifies the ledger from the command line, straight from the database, without the application:
 * {@code ./ricercar verify-ledger}. Reads the connection from RICERCAR_DB_URL, RICERCAR_DB_USER and
 * RICERCAR_DB_PASSWORD; exits 0 when the chain is intact and 1 at the first broken link.
 */
public final class LedgerVerifyCommand {

  private LedgerVerifyCommand() {}

  public static void main(String[] args) {
    String url = System.getenv("RICERCAR_DB_URL");
    if (url == null || url.isBlank()) {
      System.err.println("Set RICERCAR_DB_URL (and RICERCAR_DB_USER, RICERCAR_DB_PASSWORD).");
      System.exit(2);
    }
    System.exit(
        run(
            url,
            System.getenv("RICERCAR_DB_USER"),
            System.getenv("RICERCAR_DB_PASSWORD"),
            System.out));
  }

  /**
   * Verifies the chain in the database at {@code url}, reports to {@code out}, returns the exit
   * code.
   */
  static int run(String url, String user, String password, PrintStream out) {
    var configuration =
        new PersistenceConfiguration("governance")
            .provider("org.hibernate.jpa.HibernatePersistenceProvider")
            .property(PersistenceConfiguration.JDBC_URL, url)
            .managedClass(LedgerEntry.class)
            .managedClass(LedgerHead.class)
            .property("hibernate.hbm2ddl.auto", "none");
    if (user != null) {
      configuration.property(PersistenceConfiguration.JDBC_USER, user);
    }
    if (password != null) {
      configuration.property(PersistenceConfiguration.JDBC_PASSWORD, password);
    }
    try (var factory = Persistence.createEntityManagerFactory(configuration);
        var em = factory.createEntityManager()) {
      ChainVerification result = new Ledger(em).verify();
      out.println(result.describe());
      return result.intact() ? 0 : 1;
    }
  }
}
