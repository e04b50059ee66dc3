package org.ricercar.archive.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built WAR on Payara Micro as a plain process, for tests that must stop or crash the server
 * themselves (Arquillian only deploys and undeploys).
 */
public final class PayaraMicroServer {

  /** The JVM option that spares every JSON parse a class-path search (docs/operations.md). */
  public static final String JSON_PROVIDER =
      "jakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

  private final ServerProcess process;

  private PayaraMicroServer(ServerProcess process) {
    this.process = process;
  }

  /** Starts the application with these system properties and waits until it answers. */
  public static PayaraMicroServer start(String name, Map<String, String> systemProperties) {
    return start(name, systemProperties, ItSettings.appPort());
  }

  /** Starts the application on the given port (a second node, say) and waits until it answers. */
  public static PayaraMicroServer start(
      String name, Map<String, String> systemProperties, int port) {
    ServerProcess.requireFreePort(port, "Payara Micro");
    Path work = ItSettings.dir().resolve(name);
    var command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-D" + JSON_PROVIDER,
                "-Djava.io.tmpdir=" + work.resolve("tmp")));
    systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            ItSettings.require("ricercar.it.microJar"),
            "--nohazelcast",
            "--port",
            Integer.toString(port),
            "--prebootcommandfile",
            ItSettings.require("ricercar.it.preboot"),
            "--rootdir",
            work.resolve("root").toString(),
            "--deploy",
            ItSettings.require("ricercar.it.war"),
            "--contextroot",
            "/"));
    try {
      // A root folder kept from an earlier start lists the application as deployed: Payara Micro
      // would deploy it from there, answer, then undeploy it to deploy --deploy's copy.
      Folders.deleteRecursively(work.resolve("root"));
      java.nio.file.Files.createDirectories(work.resolve("tmp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var server =
        new PayaraMicroServer(
            ServerProcess.start("Payara Micro", command, Map.of(), work.resolve("micro.log")));
    try {
      server.process.await(() -> answers(port), Duration.ofMinutes(3));
    } catch (RuntimeException notStarted) {
      server.stop();
      throw notStarted;
    }
    return server;
  }

  /**
   * Settings that point the application at the test Keycloak and a PostgreSQL database, with its
   * stored files in a folder of the same name under the test directory.
   */
  public static Map<String, String> onPostgres(String database) {
    return Map.of(
        "ricercar.data.dir",
        ItSettings.dir().resolve("data-" + database).toString(),
        "ricercar.db.datasource-class",
        "org.postgresql.ds.PGSimpleDataSource",
        "ricercar.db.url",
        PostgresServer.shared().jdbcUrl(database),
        "ricercar.db.user",
        "ricercar",
        "ricercar.db.password",
        "ricercar",
        "ricercar.identity.url",
        "http://127.0.0.1:" + ItSettings.keycloakPort(),
        "ricercar.identity.admin-client-secret",
        ItSettings.adminClientSecret());
  }

  private static boolean answers(int port) {
    return ServerProcess.answersOk(URI.create("http://127.0.0.1:" + port + "/api/config"));
  }

  public long pid() {
    return process.pid();
  }

  /** Kills the JVM with SIGKILL, as a crash or an OOM killer would. */
  public void kill() {
    process.kill();
  }

  public void stop() {
    process.stop();
  }
}
