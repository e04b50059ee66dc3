package org.ricercar.archive.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The integration-test settings: {@code it.properties} on the test class path, which Maven fills in
 * from the pom, overridden by system properties of the same name.
 */
public final class ItSettings {

  private static final Properties FILE = load();

  private ItSettings() {}

  public static String require(String name) {
    String value = System.getProperty(name, FILE.getProperty(name));
    if (value == null || value.isBlank() || value.contains("${")) {
      throw new IllegalStateException(
          name
              + " is not set: run the integration tests through Maven, which fills in it.properties");
    }
    return value;
  }

  private static Properties load() {
    var properties = new Properties();
    try (InputStream in = ItSettings.class.getResourceAsStream("/it.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  public static Path dir() {
    return Path.of(require("ricercar.it.dir"));
  }

  /** Where the H2 deployment keeps its stored files. */
  public static Path filesRoot() {
    return dir().resolve("data-h2").resolve("files");
  }

  /** The folder under which the H2 deployment lets admins import server folders. */
  public static Path importRoot() {
    return dir().resolve("import-root");
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
