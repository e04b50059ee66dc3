package org.ricercar.archive.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ricercar.archive.identity.Roles;
import org.ricercar.archive.members.IdentityDirectory;
import org.ricercar.governance.vote.ElectorRef;
import org.ricercar.governance.vote.Votes;

/**
 * Fixes a vote's electorate when it opens: every enabled account holding the member role at that
 * moment, from the identity provider. Scheduled votes are opened here, every second on every node
 * (the governance module makes sure each opens once), because only this module reaches the identity
 * provider.
 */
@ApplicationScoped
public class VoteOpening {

  private static final Logger LOG = Logger.getLogger(VoteOpening.class.getName());

  @Inject IdentityDirectory directory;

  @Inject Votes votes;

  /** The electorate of a vote opening now. */
  List<ElectorRef> electorate() {
    return directory.holdersOf(Roles.MEMBER).stream()
        .map(m -> new ElectorRef(m.id(), m.username()))
        .toList();
  }

  /** Opens the scheduled votes whose time has come; run every second. */
  public void openDueVotes() {
    try {
      List<Long> due = votes.dueToOpen();
      if (due.isEmpty()) {
        return;
      }
      List<ElectorRef> electorate = electorate();
      for (long id : due) {
        if (votes.start(id, electorate)) {
          LOG.info(() -> "Opened vote " + id + " with " + electorate.size() + " electors");
        }
      }
    } catch (RuntimeException e) {
      // The identity provider may be down: the vote stays scheduled (taking no ballots) and the
      // next tick tries again; one that cannot open before its closing time closes without quorum.
      LOG.log(Level.WARNING, "Opening scheduled votes failed; retrying in a second", e);
    }
  }
}
