package org.ricercar.governance.vote;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes votes at their closing time without anyone acting: every second it looks for open votes
 * whose time has come and closes each in its own transaction. Every node runs this; {@link
 * Votes#close(long)} makes sure each vote is closed once.
 */
@Singleton
@Startup
@DependsOn("GovernanceSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VoteClosing {

  private static final Logger LOG = Logger.getLogger(VoteClosing.class.getName());

  @EJB private Votes votes;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void closeDueVotes() {
    try {
      for (long id : votes.due()) {
        long started = System.nanoTime();
        if (votes.close(id)) {
          long millis = (System.nanoTime() - started) / 1_000_000;
          LOG.info(() -> "Closed vote " + id + " in " + millis + " ms");
        }
      }
    } catch (RuntimeException e) {
      // The next tick tries again; a vote stays open (and refuses ballots) until it is closed.
      LOG.log(Level.WARNING, "Closing due votes failed; retrying in a second", e);
    }
  }
}
