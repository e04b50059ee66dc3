package org.ricercar.archive.governance;

import jakarta.ws.rs.core.SecurityContext;
import org.ricercar.archive.catalogue.Actor;
import org.ricercar.archive.identity.Caller;
import org.ricercar.archive.identity.Roles;
import org.ricercar.governance.Participant;

/** The caller of a governance request, as the governance module knows participants. */
final class Participants {

  private Participants() {}

  static Participant of(SecurityContext security) {
    Caller caller = Caller.of(security);
    if (!caller.isSignedIn()) {
      return Participant.ANONYMOUS;
    }
    Actor actor = caller.actor();
    return new Participant(
        actor.id(),
        actor.name(),
        security.isUserInRole(Roles.MEMBER),
        security.isUserInRole(Roles.STEWARD));
  }
}
