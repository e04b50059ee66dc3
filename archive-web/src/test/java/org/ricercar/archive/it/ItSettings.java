package org.ricercar.archive.it;

import java.net.URI;
import java.nio.file.Path;

/** The integration-test settings that failsafe passes as system properties (see the pom). */
public final class ItSettings {

  private ItSettings() {}

  public static String require(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set: run integration tests through Maven failsafe");
    }
    return value;
  }

  public static Path dir() {
    return Path.of(require("ricercar.it.dir"));
  }

  public static int appPort() {
    return Integer.parseInt(require("ricercar.it.httpPort"));
  }

  /** Where the application under test answers. */
  public static URI appUrl() {
    return URI.create("http://127.0.0.1:" + appPort() + "/");
  }

  public static int keycloakPort() {
    return Integer.parseInt(require("ricercar.it.keycloakPort"));
  }

  public static int postgresPort() {
    return Integer.parseInt(require("ricercar.it.pgPort"));
  }

  public static String demoPassword() {
    return require("ricercar.it.demoPassword");
  }

  public static String adminClientSecret() {
    return require("ricercar.it.adminSecret");
  }
}
