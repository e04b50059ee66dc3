package org.ricercar.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ricercar.archive.scores.IngestLimits;

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

  @Inject
  @ConfigProperty(name = "ricercar.files.root")
  String filesRoot;

  @Inject
  @ConfigProperty(name = "ricercar.search.index")
  String searchIndex;

  @Inject
  @ConfigProperty(name = "ricercar.import.root")
  Optional<String> importRoot;

  @Inject
  @ConfigProperty(name = "ricercar.upload.max-mb", defaultValue = "50")
  long maxUploadMegabytes;

  @Inject
  @ConfigProperty(name = "ricercar.import.max-mb", defaultValue = "1024")
  long maxImportMegabytes;

  @Inject
  @ConfigProperty(name = "ricercar.fixity.interval-minutes", defaultValue = "1440")
  long fixityIntervalMinutes;

  @Inject
  @ConfigProperty(name = "ricercar.governance.min-vote-seconds", defaultValue = "60")
  long minVoteSeconds;

  /** The shortest window a steward may give a vote (tests shorten it to a few seconds). */
  public Duration minVoteWindow() {
    return Duration.ofSeconds(minVoteSeconds);
  }

  /** Where stored files live, one per distinct content, named by SHA-256. */
  public Path filesRoot() {
    return Path.of(filesRoot);
  }

  /** The folder of this node's search index. */
  public Path searchIndex() {
    return Path.of(searchIndex);
  }

  /** The only folder under which an admin may name a server folder to import; none by default. */
  public Optional<Path> importRoot() {
    return importRoot.filter(root -> !root.isBlank()).map(Path::of);
  }

  /** What one upload or import may cost. */
  public IngestLimits ingestLimits() {
    var defaults = IngestLimits.DEFAULTS;
    return new IngestLimits(
        maxUploadMegabytes << 20,
        maxImportMegabytes << 20,
        defaults.maxExpandedBytes(),
        defaults.maxArchiveEntries(),
        defaults.maxCompressionRatio(),
        defaults.maxEntityExpansions());
  }

  /** How often the scheduled fixity audit runs. */
  public Duration fixityInterval() {
    return Duration.ofMinutes(fixityIntervalMinutes);
  }

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
