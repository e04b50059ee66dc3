package org.ricercar.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive's configuration, from MicroProfile Config: defaults in {@code
 * META-INF/microprofile-config.properties}, overridden by system properties or environment
 * variables (e.g. {@code RICERCAR_IDENTITY_URL}). See docs/operations.md.
 */
@ApplicationScoped
public class ArchiveSettings {

  @Inject
  @ConfigProperty(name = "ricercar.identity.url")
  String identityUrl;

  @Inject
  @ConfigProperty(name = "ricercar.identity.realm")
  String realm;

  @Inject
  @ConfigProperty(name = "ricercar.identity.web-client")
  String webClient;

  @Inject
  @ConfigProperty(name = "ricercar.identity.admin-client")
  String adminClient;

  @Inject
  @ConfigProperty(name = "ricercar.identity.admin-client-secret")
  Optional<String> adminClientSecret;

  @Inject
  @ConfigProperty(name = "ricercar.demo.load", defaultValue = "false")
  boolean loadDemo;

  /** Keycloak's base URL, e.g. http://127.0.0.1:8180. */
  public String identityUrl() {
    return identityUrl.replaceAll("/+$", "");
  }

  public String realm() {
    return realm;
  }

  /** The realm's issuer URL, which is also where its OpenID configuration lives. */
  public String realmUrl() {
    return identityUrl() + "/realms/" + realm;
  }

  /** The public client the web UI signs in with (authorization code + PKCE). */
  public String webClient() {
    return webClient;
  }

  /** The confidential client whose service account manages members. */
  public String adminClient() {
    return adminClient;
  }

  public Optional<String> adminClientSecret() {
    return adminClientSecret.filter(secret -> !secret.isBlank());
  }

  /** Whether to load the demo catalogue into an empty database at start-up. */
  public boolean loadDemo() {
    return loadDemo;
  }
}
