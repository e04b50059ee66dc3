package org.ricercar.archive.identity;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.catalogue.Viewer;

/** The caller of one request, as resources need to know them. */
public final class Caller {

  private final SecurityContext security;

  private Caller(SecurityContext security) {
    this.security = security;
  }

  public static Caller of(SecurityContext security) {
    return new Caller(security);
  }

  /** The signed-in caller as the author of a change; only called on role-protected methods. */
  public Actor actor() {
    Principal principal = security.getUserPrincipal();
    if (principal instanceof JsonWebToken token) {
      String name = token.getClaim("preferred_username");
      return new Actor(token.getSubject(), name != null ? name : token.getName());
    }
    return new Actor(principal.getName(), principal.getName());
  }

  public boolean isSignedIn() {
    return security.getUserPrincipal() != null;
  }

  /** Librarians see withdrawn records; everyone else sees what is published. */
  public Viewer viewer() {
    return isSignedIn() && security.isUserInRole(Roles.LIBRARIAN)
        ? Viewer.LIBRARIAN
        : Viewer.PUBLIC;
  }
}
