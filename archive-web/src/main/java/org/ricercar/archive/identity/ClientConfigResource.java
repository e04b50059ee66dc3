package org.ricercar.archive.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ricercar.archive.ArchiveSettings;

/** Tells the web UI where to sign in. */
@Path("/config")
@Tag(name = "Identity")
public class ClientConfigResource {

  /**
   * What a browser client needs to sign in.
   *
   * @param issuer the OpenID Connect issuer (Keycloak realm URL)
   * @param clientId the public client to use with authorization code + PKCE
   * @param roles the roles the API knows
   */
  public record ClientConfig(String issuer, String clientId, List<String> roles) {}

  @Inject ArchiveSettings settings;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign-in settings for browser clients")
  public ClientConfig clientConfig() {
    return new ClientConfig(settings.realmUrl(), settings.webClient(), Roles.ALL);
  }
}
