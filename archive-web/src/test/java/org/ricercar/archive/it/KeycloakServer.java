package org.ricercar.archive.it;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A real Keycloak 26 for the tests, started once per test JVM from the distribution with the
 * repository's realm file ({@code identity/ricercar-realm.json}) and an in-memory database. Test
 * clients are added through the admin API so that tests can obtain tokens directly; the realm file
 * itself stays as it ships.
 */
public final class KeycloakServer {

  /** A client like the web UI's (same mappers), but allowed to exchange passwords for tokens. */
  static final String TEST_CLIENT = "ricercar-test";

  /** The same, with access tokens that expire after a few seconds. */
  static final String SHORT_LIVED_CLIENT = "ricercar-test-short-lived";

  /** Issues tokens without the API's audience. */
  static final String NO_AUDIENCE_CLIENT = "ricercar-test-no-audience";

  /** A signed-in account that holds no role at all. */
  public static final String VISITOR = "visitor";

  /** Another realm of the same server: a different issuer and signing key. */
  static final String FOREIGN_REALM = "foreign";

  private static KeycloakServer shared;

  private final int port = ItSettings.keycloakPort();
  private final String adminPassword = UUID.randomUUID().toString();
  private final HttpClient http = HttpClient.newHttpClient();
  private ServerProcess process;

  private KeycloakServer() {}

  /** The test JVM's Keycloak, started (and configured) on first use; stopped when the JVM ends. */
  public static synchronized KeycloakServer shared() {
    if (shared == null) {
      var server = new KeycloakServer();
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
      server.configure();
      shared = server;
    }
    return shared;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public String realmUrl(String realm) {
    return url() + "/realms/" + realm;
  }

  /** An access token for a demo user of the ricercar realm, as the web UI would get it. */
  public String token(String username) {
    return passwordGrant("ricercar", TEST_CLIENT, username);
  }

  /**
   * Creates members of the ricercar realm (the realm's default roles make them members), with the
   * demo password, and returns their user names. Names already taken are kept as they are.
   */
  public List<String> createMembers(String prefix, int count) {
    var names = new ArrayList<String>();
    try (Keycloak admin =
        Keycloak.getInstance(url(), "master", "admin", adminPassword, "admin-cli")) {
      var users = admin.realm("ricercar").users();
      for (int i = 1; i <= count; i++) {
        String name = prefix + i;
        users.create(user(name, name + "@members.example", "Member", Integer.toString(i))).close();
        names.add(name);
      }
    }
    return names;
  }

  /** An access token that expires a few seconds after it is issued. */
  public String shortLivedToken(String username) {
    return passwordGrant("ricercar", SHORT_LIVED_CLIENT, username);
  }

  /** A valid token of the right realm that was not issued for the API. */
  public String tokenWithoutAudience(String username) {
    return passwordGrant("ricercar", NO_AUDIENCE_CLIENT, username);
  }

  /** A token for a "librarian" of another realm: signed by another key, from another issuer. */
  public String foreignToken() {
    return passwordGrant(FOREIGN_REALM, TEST_CLIENT, "librarian");
  }

  private String passwordGrant(String realm, String client, String username) {
    String form =
        Map.of(
                "grant_type",
                "password",
                "client_id",
                client,
                "username",
                username,
                "password",
                ItSettings.demoPassword(),
                "scope",
                "openid")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(realmUrl(realm) + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "No token for " + username + ": " + response.statusCode() + " " + response.body());
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject().getString("access_token");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void start() {
    ServerProcess.requireFreePort(port, "Keycloak");
    Path home = Path.of(ItSettings.require("ricercar.it.keycloakHome"));
    Path work = ItSettings.dir().resolve("keycloak");
    try {
      Files.createDirectories(home.resolve("data/import"));
      Files.createDirectories(work);
      Files.copy(
          Path.of(ItSettings.require("ricercar.it.realmFile")),
          home.resolve("data/import/ricercar-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    process =
        ServerProcess.start(
            "Keycloak",
            List.of(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=" + url(),
                "--db=dev-mem",
                "--import-realm"),
            Map.of(
                "JAVA_HOME",
                System.getProperty("java.home"),
                "JAVA_OPTS_APPEND",
                "-Xmx512m -Dvertx.cacheDirBase=" + work + " -Djava.io.tmpdir=" + work,
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                adminPassword,
                "RICERCAR_APP_URL",
                "http://127.0.0.1:" + ItSettings.appPort(),
                "RICERCAR_ADMIN_CLIENT_SECRET",
                ItSettings.adminClientSecret(),
                "RICERCAR_DEMO_PASSWORD",
                ItSettings.demoPassword()),
            work.resolve("keycloak.log"));
    process.await(this::realmPublished, Duration.ofMinutes(4));
  }

  private boolean realmPublished() {
    return ServerProcess.answersOk(
        URI.create(realmUrl("ricercar") + "/.well-known/openid-configuration"));
  }

  private void configure() {
    try (Keycloak admin =
        Keycloak.getInstance(url(), "master", "admin", adminPassword, "admin-cli")) {
      var ricercar = admin.realm("ricercar");
      ricercar.clients().create(testClient(TEST_CLIENT, true, null)).close();
      ricercar.clients().create(testClient(SHORT_LIVED_CLIENT, true, "3")).close();
      ricercar.clients().create(testClient(NO_AUDIENCE_CLIENT, false, null)).close();
      createVisitor(ricercar);

      var foreign = new RealmRepresentation();
      foreign.setRealm(FOREIGN_REALM);
      foreign.setEnabled(true);
      admin.realms().create(foreign);
      var librarianRole = new RoleRepresentation();
      librarianRole.setName("librarian");
      admin.realm(FOREIGN_REALM).roles().create(librarianRole);
      admin.realm(FOREIGN_REALM).clients().create(testClient(TEST_CLIENT, true, null)).close();
      admin
          .realm(FOREIGN_REALM)
          .users()
          .create(user("librarian", "librarian@foreign.example", "Foreign", "Librarian"))
          .close();
      String userId = admin.realm(FOREIGN_REALM).users().search("librarian").getFirst().getId();
      admin
          .realm(FOREIGN_REALM)
          .users()
          .get(userId)
          .roles()
          .realmLevel()
          .add(List.of(admin.realm(FOREIGN_REALM).roles().get("librarian").toRepresentation()));
    }
  }

  /**
   * An account without the realm's default roles, so without the member role: signed in, but not a
   * member (the wrong role for members' endpoints).
   */
  private static void createVisitor(org.keycloak.admin.client.resource.RealmResource realm) {
    realm.users().create(user(VISITOR, "visitor@visitors.example", "Visiting", "Reader")).close();
    String id = realm.users().search(VISITOR, true).getFirst().getId();
    var roles = realm.users().get(id).roles().realmLevel();
    roles.remove(roles.listAll());
  }

  /** An enabled account with the demo password. */
  private static UserRepresentation user(String name, String email, String first, String last) {
    var user = new UserRepresentation();
    user.setUsername(name);
    user.setEmail(email);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEnabled(true);
    user.setEmailVerified(true);
    var password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(ItSettings.demoPassword());
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    return user;
  }

  private static ClientRepresentation testClient(
      String clientId, boolean withAudience, String tokenLifespanSeconds) {
    var client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setStandardFlowEnabled(false);
    var groups = new ProtocolMapperRepresentation();
    groups.setName("realm roles as groups");
    groups.setProtocol("openid-connect");
    groups.setProtocolMapper("oidc-usermodel-realm-role-mapper");
    groups.setConfig(
        Map.of(
            "claim.name", "groups",
            "multivalued", "true",
            "jsonType.label", "String",
            "access.token.claim", "true",
            "id.token.claim", "true"));
    var mappers = new ArrayList<>(List.of(groups));
    if (withAudience) {
      var audience = new ProtocolMapperRepresentation();
      audience.setName("ricercar-api audience");
      audience.setProtocol("openid-connect");
      audience.setProtocolMapper("oidc-audience-mapper");
      audience.setConfig(
          Map.of("included.custom.audience", "ricercar-api", "access.token.claim", "true"));
      mappers.add(audience);
    }
    client.setProtocolMappers(mappers);
    if (tokenLifespanSeconds != null) {
      client.setAttributes(Map.of("access.token.lifespan", tokenLifespanSeconds));
    }
    return client;
  }

  private void stop() {
    if (process != null) {
      process.stop();
    }
  }
}
