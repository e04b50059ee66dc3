package org.ricercar.governance.vote;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.ricercar.governance.GovernanceException;
import org.ricercar.governance.Listing;
import org.ricercar.governance.Participant;
import org.ricercar.governance.guideline.Guideline;
import org.ricercar.governance.guideline.GuidelineView.VoteRef;
import org.ricercar.governance.guideline.Guidelines;
import org.ricercar.governance.guideline.Revision;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerEvent;
import org.ricercar.governance.ledger.Sha256;

/**
 * Votes: opening with a snapshot of the electorate, casting and changing ballots, closing once at
 * the closing time, and the published list and recount.
 */
@Stateless
public class Votes {

  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext(unitName = "governance")
  private EntityManager em;

  @EJB private Ledger ledger;

  @EJB private Guidelines guidelines;

  private final Clock clock = Clock.systemUTC();

  /**
   * Opens a vote on the guideline's frozen revision (or, to repeal, on the version in force), or
   * schedules it when its opening time is still to come. The electorate is used only when the vote
   * opens at once; a scheduled vote takes its electorate when it opens ({@link #start}). The
   * guideline stays locked until the vote is stored, so two stewards cannot open two votes on it.
   */
  public VoteView open(VoteRules rules, List<ElectorRef> electorate, Participant steward) {
    if (!steward.steward()) {
      throw new GovernanceException.NotAllowed("Only a steward opens a vote.");
    }
    Instant now = clock.instant();
    if (!rules.closesAt().isAfter(now)) {
      throw new GovernanceException.InvalidField("closesAt", "the closing time has passed");
    }
    if (!rules.start(now).isBefore(rules.closesAt())) {
      throw new GovernanceException.InvalidField("opensAt", "the vote must open before it closes");
    }
    Guideline guideline = guidelines.lock(rules.guidelineId());
    guideline.checkVoteMayOpen(rules.kind() == VoteKind.REPEAL);
    long pending =
        em.createQuery(
                "select count(v) from Vote v where v.guidelineId = :id and v.state <> :closed",
                Long.class)
            .setParameter("id", guideline.id())
            .setParameter("closed", VoteState.CLOSED)
            .getSingleResult();
    if (pending > 0) {
      throw new GovernanceException.Conflict(
          "A vote on this guideline is already open or scheduled.");
    }
    Revision revision = guidelines.frozenRevision(guideline);
    var vote = new Vote(guideline.id(), revision.id(), rules, steward.name(), now);
    em.persist(vote);
    if (vote.state() == VoteState.OPEN) {
      admit(vote, electorate, steward.actor());
    } else {
      ledger.append(
          new LedgerEvent(steward.actor(), "vote.scheduled", subject(vote.id()), rulesOf(vote)));
    }
    return view(vote, steward);
  }

  /** Scheduled votes whose opening time has come (and whose closing time has not). */
  public List<Long> dueToOpen() {
    return em.createQuery(
            "select v.id from Vote v where v.state = :scheduled and v.opensAt <= :now"
                + " and v.closesAt > :now order by v.opensAt",
            Long.class)
        .setParameter("scheduled", VoteState.SCHEDULED)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  /**
   * Opens a scheduled vote with the electorate of this moment, in a transaction of its own, and
   * returns whether this call opened it. Like the close, the scheduled → open update is
   * conditional, so when several nodes race only one opens the vote and fixes its electorate.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean start(long voteId, List<ElectorRef> electorate) {
    Instant now = clock.instant();
    int won =
        em.createQuery(
                "update Vote v set v.state = :open"
                    + " where v.id = :id and v.state = :scheduled and v.opensAt <= :now"
                    + " and v.closesAt > :now")
            .setParameter("open", VoteState.OPEN)
            .setParameter("scheduled", VoteState.SCHEDULED)
            .setParameter("now", now)
            .setParameter("id", voteId)
            .executeUpdate();
    if (won == 0) {
      return false;
    }
    Vote vote = em.find(Vote.class, voteId);
    em.refresh(vote);
    admit(vote, electorate, "system:votes");
    return true;
  }

  /** Fixes the electorate of a vote that opens now and records the opening on the ledger. */
  private void admit(Vote vote, List<ElectorRef> electorate, String actor) {
    var pseudonyms = new HashSet<String>();
    for (ElectorRef elector : electorate) {
      String pseudonym;
      do {
        pseudonym = RandomCodes.pseudonym();
      } while (!pseudonyms.add(pseudonym));
      em.persist(new Elector(vote.id(), elector.memberId(), elector.username(), pseudonym));
    }
    vote.admitted(electorate.size());
    ledger.append(new LedgerEvent(actor, "vote.opened", subject(vote.id()), rulesOf(vote)));
  }

  /** The vote's rules as the ledger records them at its scheduling and its opening. */
  private String rulesOf(Vote vote) {
    Revision revision = em.find(Revision.class, vote.revisionId());
    return JSON.createObjectBuilder()
        .add("vote", vote.id())
        .add("guideline", vote.guidelineId())
        .add("revision", revision.number())
        .add("sha256", guidelines.hashOf(revision))
        .add("kind", vote.kind().name())
        .add("opensAt", vote.opensAt().toString())
        .add("closesAt", vote.closesAt().toString())
        .add("quorumPercent", vote.quorumPercent())
        .add("threshold", vote.threshold().name())
        .add("ballotList", vote.ballotList().name())
        .add("electorate", vote.electorate())
        .build()
        .toString();
  }

  /**
   * Casts the member's ballot or replaces it. The vote row is share-locked, so the closer (which
   * updates it) waits for casts in flight and a cast never lands after the tally; the elector row
   * is locked, so one member's concurrent casts take turns and replace each other.
   */
  public BallotReceipt cast(long voteId, Choice choice, Participant voter) {
    Vote vote = em.find(Vote.class, voteId, LockModeType.PESSIMISTIC_READ);
    if (vote == null || (!voter.signedIn())) {
      throw new GovernanceException.NotFound("There is no vote " + voteId + ".");
    }
    Instant now = clock.instant();
    if (vote.state() == VoteState.SCHEDULED) {
      throw new GovernanceException.Conflict(
          "This vote opens at " + vote.opensAt() + "; ballots are taken from then.");
    }
    if (!vote.acceptsBallotsAt(now)) {
      throw new GovernanceException.Conflict(
          "This vote closed at " + vote.closesAt() + "; ballots can no longer be cast or changed.");
    }
    Elector elector =
        em.find(Elector.class, new Elector.Key(voteId, voter.id()), LockModeType.PESSIMISTIC_WRITE);
    if (elector == null) {
      throw new GovernanceException.NotAllowed(
          "You are not in this vote's electorate: it is everyone who held the member role when"
              + " the vote opened.");
    }
    String receipt = RandomCodes.receipt();
    Ballot ballot = ballotOf(voteId, voter.id());
    boolean replaced = ballot != null;
    if (replaced) {
      ballot.replace(choice, receipt, now);
    } else {
      ballot = new Ballot(voteId, voter.id(), choice, receipt, now);
      em.persist(ballot);
    }
    ledger.append(
        new LedgerEvent(
            "voter:" + elector.pseudonym(),
            "vote.ballot-cast",
            subject(voteId),
            JSON.createObjectBuilder()
                .add("vote", voteId)
                .add("voter", elector.pseudonym())
                .add("receiptSha256", Sha256.of(receipt).hex())
                .add("replaced", replaced)
                .build()
                .toString()));
    return new BallotReceipt(choice, receipt, now, replaced);
  }

  /** The member's own ballot, if they cast one. */
  public BallotReceipt ballot(long voteId, Participant voter) {
    visible(voteId, voter);
    Ballot ballot = voter.signedIn() ? ballotOf(voteId, voter.id()) : null;
    if (ballot == null) {
      throw new GovernanceException.NotFound("You have not cast a ballot in vote " + voteId + ".");
    }
    return new BallotReceipt(ballot.choice(), ballot.receipt(), ballot.castAt(), false);
  }

  public VoteView read(long voteId, Participant viewer) {
    return view(visible(voteId, viewer), viewer);
  }

  /** Votes in one state (or all), those closing soonest or closed last first. */
  public Listing<VoteView> list(VoteState state, int page, int size, Participant viewer) {
    VoteState shown = viewer.signedIn() ? state : VoteState.CLOSED;
    if (!viewer.signedIn() && state != null && state != VoteState.CLOSED) {
      return new Listing<>(List.of(), 0);
    }
    String where = shown == null ? "" : " where v.state = :state";
    var count = em.createQuery("select count(v) from Vote v" + where, Long.class);
    var items =
        em.createQuery(
                "select v from Vote v" + where + " order by v.closesAt desc, v.id desc", Vote.class)
            .setFirstResult(page * size)
            .setMaxResults(size);
    if (shown != null) {
      count.setParameter("state", shown);
      items.setParameter("state", shown);
    }
    return new Listing<>(
        items.getResultStream().map(v -> view(v, viewer)).toList(), count.getSingleResult());
  }

  /** The votes held on a guideline, newest first, for its page. */
  public List<VoteRef> heldOn(long guidelineId) {
    return em.createQuery(
            "select v from Vote v where v.guidelineId = :id order by v.id desc", Vote.class)
        .setParameter("id", guidelineId)
        .getResultStream()
        .map(
            v ->
                new VoteRef(
                    v.id(),
                    v.kind().name(),
                    v.state().name(),
                    v.outcome() == null ? null : v.outcome().name(),
                    v.closesAt()))
        .toList();
  }

  /** The published ballot list; only once the vote has closed. */
  public BallotListView ballots(long voteId) {
    Vote vote = closed(voteId);
    return new BallotListView(voteId, vote.listHash(), entries(vote));
  }

  /** The published ballot list in its canonical CSV form (the one its hash is of). */
  public String ballotsCsv(long voteId) {
    return BallotList.csv(entries(closed(voteId)));
  }

  /** Recounts the published list and checks it against the published result. */
  public RecountView recount(long voteId) {
    Vote vote = closed(voteId);
    String csv = BallotList.csv(entries(vote));
    String hash = BallotList.sha256(csv);
    Decision recount =
        Decision.of(
            BallotList.count(csv), vote.electorate(), vote.quorumPercent(), vote.threshold());
    Decision published = vote.decision();
    Tally tally = recount.tally();
    return new RecountView(
        tally.yes(),
        tally.no(),
        tally.abstain(),
        tally.ballots(),
        recount.quorumBallots(),
        recount.outcome(),
        hash,
        hash.equals(vote.listHash())
            && tally.equals(published.tally())
            && recount.outcome() == published.outcome());
  }

  /** Votes not yet closed whose closing time has come (a scheduled one that never opened too). */
  public List<Long> due() {
    return em.createQuery(
            "select v.id from Vote v where v.state <> :closed and v.closesAt <= :now"
                + " order by v.closesAt",
            Long.class)
        .setParameter("closed", VoteState.CLOSED)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  /**
   * Closes a vote whose time has come, in a transaction of its own, and returns whether this call
   * closed it. The open → closed update is conditional: when two closers (two nodes) race, the
   * database lets one update the row and the other finds it closed, so the tally, the result and
   * the ledger entries are written exactly once.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean close(long voteId) {
    Instant now = clock.instant();
    int won =
        em.createQuery(
                "update Vote v set v.state = :closed, v.closedAt = :now"
                    + " where v.id = :id and v.state <> :closed and v.closesAt <= :now")
            .setParameter("closed", VoteState.CLOSED)
            .setParameter("now", now)
            .setParameter("id", voteId)
            .executeUpdate();
    if (won == 0) {
      return false;
    }
    Vote vote = em.find(Vote.class, voteId);
    em.refresh(vote);
    Map<Choice, Long> counts = new EnumMap<>(Choice.class);
    em.createQuery(
            "select b.choice, count(b) from Ballot b where b.voteId = :id group by b.choice",
            Object[].class)
        .setParameter("id", voteId)
        .getResultStream()
        .forEach(row -> counts.put((Choice) row[0], (Long) row[1]));
    Decision decision =
        Decision.of(Tally.of(counts), vote.electorate(), vote.quorumPercent(), vote.threshold());
    String hash = BallotList.sha256(BallotList.csv(entries(vote)));
    vote.recordResult(decision, hash);
    Guideline guideline = guidelines.lock(vote.guidelineId());
    boolean repeal = vote.kind() == VoteKind.REPEAL;
    boolean passed = decision.outcome() == Outcome.ADOPTED;
    guideline.voteClosed(repeal, passed, voteId, now);
    Tally tally = decision.tally();
    ledger.append(
        new LedgerEvent(
            "system:votes",
            "vote.closed",
            subject(voteId),
            JSON.createObjectBuilder()
                .add("vote", voteId)
                .add("yes", tally.yes())
                .add("no", tally.no())
                .add("abstain", tally.abstain())
                .add("electorate", vote.electorate())
                .add("quorumBallots", decision.quorumBallots())
                .add("outcome", decision.outcome().name())
                .add("listSha256", hash)
                .build()
                .toString()));
    String result =
        repeal
            ? (passed ? "guideline.repealed" : "guideline.repeal-refused")
            : (passed ? "guideline.adopted" : "guideline.rejected");
    ledger.append(
        new LedgerEvent(
            "system:votes",
            result,
            "guideline:" + guideline.id(),
            JSON.createObjectBuilder()
                .add("guideline", guideline.id())
                .add("revision", guideline.currentRevision())
                .add("vote", voteId)
                .add("outcome", decision.outcome().name())
                .build()
                .toString()));
    return true;
  }

  // --- reading ---------------------------------------------------------------------------------

  private Vote visible(long voteId, Participant viewer) {
    Vote vote = em.find(Vote.class, voteId);
    if (vote == null || (vote.state() != VoteState.CLOSED && !viewer.signedIn())) {
      throw new GovernanceException.NotFound("There is no vote " + voteId + ".");
    }
    return vote;
  }

  private Vote closed(long voteId) {
    Vote vote = em.find(Vote.class, voteId);
    if (vote == null) {
      throw new GovernanceException.NotFound("There is no vote " + voteId + ".");
    }
    if (vote.state() != VoteState.CLOSED) {
      throw new GovernanceException.Conflict(
          "The ballot list is published when the vote closes, at " + vote.closesAt() + ".");
    }
    return vote;
  }

  private Ballot ballotOf(long voteId, String voterId) {
    return em.createQuery(
            "select b from Ballot b where b.voteId = :vote and b.voterId = :voter", Ballot.class)
        .setParameter("vote", voteId)
        .setParameter("voter", voterId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<BallotListView.Entry> entries(Vote vote) {
    String voter = vote.ballotList() == BallotListKind.NAMED ? "e.username" : "e.pseudonym";
    return em.createQuery(
            "select "
                + voter
                + ", b.choice, b.receipt from Ballot b, Elector e"
                + " where b.voteId = :id and e.voteId = b.voteId and e.memberId = b.voterId"
                + " order by "
                + voter,
            Object[].class)
        .setParameter("id", vote.id())
        .getResultStream()
        .map(row -> new BallotListView.Entry((String) row[0], (Choice) row[1], (String) row[2]))
        .toList();
  }

  private VoteView view(Vote vote, Participant viewer) {
    Guideline guideline = em.find(Guideline.class, vote.guidelineId());
    Revision revision = em.find(Revision.class, vote.revisionId());
    long cast =
        em.createQuery("select count(b) from Ballot b where b.voteId = :id", Long.class)
            .setParameter("id", vote.id())
            .getSingleResult();
    boolean eligible =
        viewer.signedIn()
            && em.find(Elector.class, new Elector.Key(vote.id(), viewer.id())) != null;
    Ballot mine = eligible ? ballotOf(vote.id(), viewer.id()) : null;
    VoteView.Result result = null;
    if (vote.state() == VoteState.CLOSED) {
      Decision d = vote.decision();
      result =
          new VoteView.Result(
              d.tally().yes(),
              d.tally().no(),
              d.tally().abstain(),
              d.tally().ballots(),
              d.quorumBallots(),
              d.quorumMet(),
              d.thresholdMet(),
              d.outcome(),
              vote.listHash(),
              vote.closedAt());
    }
    return new VoteView(
        vote.id(),
        guideline.id(),
        guideline.title(),
        revision.number(),
        guidelines.hashOf(revision),
        vote.kind(),
        vote.state(),
        vote.opensAt(),
        vote.closesAt(),
        vote.quorumPercent(),
        vote.threshold(),
        vote.ballotList(),
        vote.electorate(),
        cast,
        eligible,
        mine == null
            ? null
            : new BallotReceipt(mine.choice(), mine.receipt(), mine.castAt(), false),
        result);
  }

  static String subject(long voteId) {
    return "vote:" + voteId;
  }
}
