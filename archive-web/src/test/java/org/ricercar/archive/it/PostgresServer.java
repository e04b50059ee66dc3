package org.ricercar.archive.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for the tests: created with the machine's own PostgreSQL binaries
 * (Debian's {@code postgresql} package) in a temporary folder, listening on 127.0.0.1 only, started
 * once per test JVM and stopped when it ends. Databases are created per test suite.
 */
public final class PostgresServer {

  private static PostgresServer shared;

  private final int port = ItSettings.postgresPort();
  private final Path bin = binaries();

  /**
   * Outside the build directory: when the tests run as root the cluster belongs to the "postgres"
   * user, who may not be allowed into the checkout's folders.
   */
  private final Path dataDir = Path.of("/tmp", "ricercar-it-postgres-" + port);

  private ServerProcess process;

  private PostgresServer() {}

  public static synchronized PostgresServer shared() {
    if (shared == null) {
      var server = new PostgresServer();
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
      shared = server;
    }
    return shared;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates an empty database owned by the application's role, dropping any old one. */
  public void recreateDatabase(String name) {
    try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
      try (var statement = admin.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        statement.execute("CREATE DATABASE " + name + " OWNER ricercar");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
  }

  /** A connection as the application's role, for checking what the application stored. */
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), "ricercar", "ricercar");
  }

  private void start() {
    ServerProcess.requireFreePort(port, "PostgreSQL");
    try {
      Folders.deleteRecursively(dataDir);
      Files.createDirectories(dataDir);
      asClusterOwner(dataDir);
      run(
          asPostgres(
              bin.resolve("initdb"),
              "-D",
              dataDir.toString(),
              "-U",
              "postgres",
              "--auth=trust",
              "-E",
              "UTF8",
              "--locale=C"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    process =
        ServerProcess.start(
            "PostgreSQL",
            asPostgres(
                bin.resolve("postgres"),
                "-D",
                dataDir.toString(),
                "-p",
                Integer.toString(port),
                "-k",
                dataDir.toString(),
                "-c",
                "listen_addresses=127.0.0.1"),
            Map.of(),
            ItSettings.dir().resolve("postgres.log"));
    process.await(this::accepting, Duration.ofSeconds(60));
    try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
        var statement = admin.createStatement()) {
      statement.execute("CREATE ROLE ricercar LOGIN PASSWORD 'ricercar'");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the application role", e);
    }
  }

  private void stop() {
    process.stop();
    try {
      Folders.deleteRecursively(dataDir);
    } catch (IOException e) {
      // a leftover temporary cluster is removed by the next start
    }
  }

  private boolean accepting() {
    try {
      DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "").close();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** PostgreSQL refuses to run as root; on a root shell the cluster belongs to "postgres". */
  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static List<String> asPostgres(Path program, String... arguments) {
    var command = new ArrayList<String>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(program.toString());
    command.addAll(List.of(arguments));
    return command;
  }

  private static void asClusterOwner(Path dir) throws IOException {
    if (isRoot()) {
      run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
    }
  }

  private static void run(List<String> command) {
    try {
      var process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("Failed: " + command + "\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The newest installed PostgreSQL server binaries. */
  private static Path binaries() {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
          .max(
              Comparator.comparing(
                  dir -> Integer.parseInt(dir.getParent().getFileName().toString())))
          .orElseThrow();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "PostgreSQL server binaries not found under /usr/lib/postgresql: install the"
              + " postgresql package (see README prerequisites)",
          e);
    }
  }
}
