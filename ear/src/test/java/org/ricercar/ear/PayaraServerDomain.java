package org.ricercar.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.ricercar.archive.it.PayaraMicroServer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A Payara Server 7 domain created for the test from the distribution: private ports from a port
 * base, every listener bound to 127.0.0.1, the embedded message broker off, and the application's
 * settings as JVM options (where an operator would put them).
 */
final class PayaraServerDomain {

  private static final String NAME = "ricercar-it";

  private final Path installRoot;
  private final Path domains;
  private final int portBase;

  PayaraServerDomain(Path installRoot, Path domains, int portBase) {
    this.installRoot = installRoot;
    this.domains = domains;
    this.portBase = portBase;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + (portBase + 80) + "/");
  }

  void create(Map<String, String> systemProperties) {
    asadmin(
        "create-domain",
        "--portbase",
        Integer.toString(portBase),
        "--nopassword=true",
        "--domaindir",
        domains.toString(),
        NAME);
    configure(domains.resolve(NAME).resolve("config/domain.xml"), systemProperties);
  }

  void start() {
    asadmin("start-domain", "--domaindir", domains.toString(), NAME);
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
  }

  void deploy(Path archive) {
    asadmin(
        "--port",
        Integer.toString(portBase + 48),
        "deploy",
        "--name",
        "ricercar",
        archive.toString());
  }

  void stop() {
    try {
      asadmin("stop-domain", "--domaindir", domains.toString(), NAME);
    } catch (IllegalStateException alreadyStopped) {
      // stopping twice (test end and JVM exit) is fine
    }
  }

  private void asadmin(String... arguments) {
    var command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                installRoot.resolve("glassfish/lib/client/appserver-cli.jar").toString()));
    command.addAll(List.of(arguments));
    try {
      var builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("AS_JAVA", System.getProperty("java.home"));
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "asadmin " + String.join(" ", arguments) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void configure(Path domainXml, Map<String, String> systemProperties) {
    try {
      Document domain =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(domainXml.toFile());
      Element server = serverConfig(domain);
      for (String listener : List.of("network-listener", "iiop-listener", "jmx-connector")) {
        NodeList elements = server.getElementsByTagName(listener);
        for (int i = 0; i < elements.getLength(); i++) {
          ((Element) elements.item(i)).setAttribute("address", "127.0.0.1");
        }
      }
      NodeList jms = server.getElementsByTagName("jms-service");
      for (int i = 0; i < jms.getLength(); i++) {
        ((Element) jms.item(i)).setAttribute("type", "DISABLED");
      }
      NodeList hazelcast = domain.getElementsByTagName("hazelcast-runtime-configuration");
      for (int i = 0; i < hazelcast.getLength(); i++) {
        ((Element) hazelcast.item(i)).setAttribute("interface", "127.0.0.1");
        ((Element) hazelcast.item(i)).setAttribute("das-bind-address", "127.0.0.1");
      }
      Element javaConfig = (Element) server.getElementsByTagName("java-config").item(0);
      NodeList options = javaConfig.getElementsByTagName("jvm-options");
      for (int i = 0; i < options.getLength(); i++) {
        if (options.item(i).getTextContent().startsWith("-Xmx")) {
          options.item(i).setTextContent("-Xmx768m");
        }
      }
      addOption(domain, javaConfig, "-Dhazelcast.socket.bind.any=false");
      addOption(domain, javaConfig, "-D" + PayaraMicroServer.JSON_PROVIDER);
      systemProperties.forEach(
          (key, value) -> addOption(domain, javaConfig, "-D" + key + "=" + value));
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      transformer.transform(new DOMSource(domain), new StreamResult(domainXml.toFile()));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot configure " + domainXml, e);
    }
  }

  private static Element serverConfig(Document domain) {
    NodeList configs = domain.getElementsByTagName("config");
    for (int i = 0; i < configs.getLength(); i++) {
      Element config = (Element) configs.item(i);
      if ("server-config".equals(config.getAttribute("name"))) {
        return config;
      }
    }
    throw new IllegalStateException("domain.xml has no server-config");
  }

  private static void addOption(Document domain, Element javaConfig, String option) {
    Element element = domain.createElement("jvm-options");
    element.setTextContent(option);
    javaConfig.appendChild(element);
  }

  static void requireExists(Path path, String what) {
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          what + " not found at " + path + ": run the build through Maven");
    }
  }
}
