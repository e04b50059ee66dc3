package org.ricercar.governance.guideline;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ricercar.governance.GovernanceException;
import org.ricercar.governance.Listing;
import org.ricercar.governance.Participant;
import org.ricercar.governance.framework.Principle;
import org.ricercar.governance.guideline.GuidelineView.InForce;
import org.ricercar.governance.guideline.GuidelineView.RevisionSummary;
import org.ricercar.governance.guideline.RevisionView.ClauseView;
import org.ricercar.governance.guideline.RevisionView.FreezeView;
import org.ricercar.governance.ledger.Ledger;
import org.ricercar.governance.ledger.LedgerEvent;

/**
 * Drafting guidelines: start, revise, comment, amend, freeze and reopen. Every change is one
 * transaction; a refused change (wrong state, not the author, a stale version) stores nothing.
 */
@Stateless
public class Guidelines {

  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext(unitName = "governance")
  private EntityManager em;

  @EJB private Ledger ledger;

  private final Clock clock = Clock.systemUTC();

  public GuidelineView start(DraftText text, Participant author) {
    requireMember(author);
    Instant now = clock.instant();
    var guideline = new Guideline(text.title(), author, now);
    em.persist(guideline);
    addRevision(guideline, text, author, now, null);
    return view(guideline, author);
  }

  /** A new revision of a draft, against the version the author read. */
  public GuidelineView revise(long id, long readVersion, DraftText text, Participant who) {
    Guideline guideline = editable(id, who);
    if (guideline.version() != readVersion) {
      throw new GovernanceException.Stale(
          "Someone changed this guideline since you read it. Reload it and apply your changes again.");
    }
    addRevision(guideline, text, who, clock.instant(), null);
    return view(guideline, who);
  }

  public GuidelineView read(long id, Participant viewer) {
    return view(readable(id, viewer), viewer);
  }

  /** Guidelines in one state (or all), most recently changed first. */
  public Listing<GuidelineSummary> list(
      GuidelineState state, int page, int size, Participant viewer) {
    String where =
        " from Guideline g where 1 = 1"
            + (state == null ? "" : " and g.state = :state")
            + (viewer.signedIn() ? "" : " and " + Guideline.PUBLIC_CONDITION);
    var count = em.createQuery("select count(g)" + where, Long.class);
    var items =
        em.createQuery(
                "select g" + where + " order by g.updatedAt desc, g.id desc", Guideline.class)
            .setFirstResult(page * size)
            .setMaxResults(size);
    if (state != null) {
      count.setParameter("state", state);
      items.setParameter("state", state);
    }
    return new Listing<>(
        items.getResultStream().map(GuidelineSummary::of).toList(), count.getSingleResult());
  }

  public RevisionView revision(long id, int number, Participant viewer) {
    readable(id, viewer);
    return revisionView(revisionOf(id, number));
  }

  public DiffView diff(long id, int from, int to, Participant viewer) {
    readable(id, viewer);
    return RevisionDiff.between(revisionOf(id, from), revisionOf(id, to));
  }

  public List<CommentView> comments(long id, Participant viewer) {
    readable(id, viewer);
    return em.createQuery(
            "select c from Comment c where c.guidelineId = :id order by c.id", Comment.class)
        .setParameter("id", id)
        .getResultStream()
        .map(CommentView::of)
        .toList();
  }

  public CommentView comment(long id, CommentText text, Participant author) {
    requireMember(author);
    Guideline guideline = readable(id, author);
    Revision current = revisionOf(id, guideline.currentRevision());
    Clause clause = clauseOf(current, text.clauseKey(), "clauseKey");
    if (text.parentId() != null) {
      Comment parent = em.find(Comment.class, text.parentId());
      if (parent == null || parent.guidelineId() != id) {
        throw new GovernanceException.InvalidField(
            "parentId", "there is no comment " + text.parentId() + " on this guideline");
      }
      if (parent.parentId() != null) {
        throw new GovernanceException.InvalidField(
            "parentId", "reply to the thread's first comment: threads are one level deep");
      }
      if (!parent.clauseKey().equals(clause.key())) {
        throw new GovernanceException.InvalidField("parentId", "that comment is on another clause");
      }
    }
    var comment =
        new Comment(
            id,
            clause.key(),
            current.number(),
            text.parentId(),
            author,
            text.body(),
            clock.instant());
    em.persist(comment);
    return CommentView.of(comment);
  }

  public List<AmendmentView> amendments(long id, Participant viewer) {
    readable(id, viewer);
    return em.createQuery(
            "select a from Amendment a where a.guidelineId = :id order by a.id", Amendment.class)
        .setParameter("id", id)
        .getResultStream()
        .map(AmendmentView::of)
        .toList();
  }

  public AmendmentView propose(long id, AmendmentText text, Participant proposer) {
    requireMember(proposer);
    Guideline guideline = readable(id, proposer);
    if (guideline.state() != GuidelineState.DRAFT) {
      throw new GovernanceException.Conflict(
          "Amendments are proposed to drafts; this guideline is "
              + guideline.state().name().toLowerCase()
              + ".");
    }
    Revision current = revisionOf(id, guideline.currentRevision());
    Clause clause = clauseOf(current, text.clauseKey(), "clauseKey");
    if (clause.text().equals(text.text())) {
      throw new GovernanceException.InvalidField(
          "text", "the proposed text is the clause's current text");
    }
    var amendment =
        new Amendment(
            id,
            clause.key(),
            current.number(),
            text.text(),
            text.rationale(),
            proposer,
            clock.instant());
    em.persist(amendment);
    return AmendmentView.of(amendment);
  }

  /** The clause takes the amendment's text in a new revision that credits the proposer. */
  public GuidelineView accept(long id, long amendmentId, Participant who) {
    Guideline guideline = editable(id, who);
    Amendment amendment = amendmentOf(id, amendmentId);
    Revision current = revisionOf(id, guideline.currentRevision());
    if (current.clause(amendment.clauseKey()) == null) {
      throw new GovernanceException.Conflict(
          "The clause this amendment changes is no longer in the text; reject the amendment.");
    }
    Instant now = clock.instant();
    var text =
        copyOf(
            current,
            amendment.clauseKey(),
            amendment.text(),
            "Amendment " + amendment.id() + " by " + amendment.proposerName() + " accepted");
    Revision revision = addRevision(guideline, text, who, now, amendment);
    amendment.accepted(who, revision.number(), now);
    return view(guideline, who);
  }

  public AmendmentView reject(long id, long amendmentId, Rejection rejection, Participant who) {
    Guideline guideline = readable(id, who);
    if (!guideline.editableBy(who)) {
      throw new GovernanceException.NotAllowed(
          "Only the draft's author or a steward decides on its amendments.");
    }
    Amendment amendment = amendmentOf(id, amendmentId);
    amendment.rejected(who, rejection.reason(), clock.instant());
    guideline.touched(clock.instant());
    return AmendmentView.of(amendment);
  }

  /**
   * Freezes the current revision: its canonical text is hashed and the guideline awaits a vote. The
   * revision was never updatable; the freeze makes the draft stop taking new ones.
   */
  public GuidelineView freeze(long id, int revisionNumber, Participant steward) {
    requireSteward(steward, "freeze a guideline");
    Guideline guideline = guideline(id, LockModeType.PESSIMISTIC_WRITE);
    if (revisionNumber != guideline.currentRevision()) {
      throw new GovernanceException.Conflict(
          "Revision "
              + revisionNumber
              + " is not the current text (revision "
              + guideline.currentRevision()
              + "); freeze the current one.");
    }
    Instant now = clock.instant();
    guideline.frozen(now);
    Revision revision = revisionOf(id, revisionNumber);
    String hash = CanonicalText.sha256(revision);
    em.persist(new Freeze(revision.id(), hash, now, steward.name()));
    ledger.append(
        new LedgerEvent(
            steward.actor(),
            "guideline.frozen",
            subject(id),
            JSON.createObjectBuilder()
                .add("guideline", id)
                .add("title", revision.title())
                .add("revision", revisionNumber)
                .add("sha256", hash)
                .build()
                .toString()));
    return view(guideline, steward);
  }

  /** A voted-on guideline becomes a draft again, starting from its current text. */
  public GuidelineView reopen(long id, Participant who) {
    Guideline guideline = guideline(id, LockModeType.PESSIMISTIC_WRITE);
    if (!guideline.readableBy(who) || !guideline.editableBy(who)) {
      throw new GovernanceException.NotAllowed(
          "Only the guideline's author or a steward reopens it.");
    }
    Instant now = clock.instant();
    guideline.reopened(now);
    Revision current = revisionOf(id, guideline.currentRevision());
    addRevision(
        guideline,
        copyOf(current, null, null, "Reopened from revision " + current.number()),
        who,
        now,
        null);
    return view(guideline, who);
  }

  /** The guideline's current revision, which a vote may be held on only if it is frozen. */
  public Revision frozenRevision(Guideline guideline) {
    Revision revision = revisionOf(guideline.id(), guideline.currentRevision());
    if (freezeOf(revision) == null) {
      throw new GovernanceException.Conflict("The guideline's current revision is not frozen.");
    }
    return revision;
  }

  /** The guideline, locked until the caller's transaction ends. */
  public Guideline lock(long id) {
    return guideline(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public String hashOf(Revision revision) {
    Freeze freeze = freezeOf(revision);
    return freeze == null ? null : freeze.hash();
  }

  /** The revision's text as a new draft, with one clause's text replaced (none if key is null). */
  private static DraftText copyOf(Revision revision, String key, String replacement, String note) {
    var clauses =
        revision.clauses().stream()
            .map(
                c ->
                    new ClauseText(
                        c.key(),
                        c.key().equals(key) ? replacement : c.text(),
                        c.principles(),
                        c.policyArea(),
                        c.rule() == null ? null : CanonicalText.parse(c.rule())))
            .toList();
    return new DraftText(revision.title(), revision.purpose(), clauses, note);
  }

  // --- reading and checking ---------------------------------------------------------------

  private Revision addRevision(
      Guideline guideline, DraftText text, Participant author, Instant now, Amendment amendment) {
    Set<String> principles =
        em.createQuery("select p from Principle p", Principle.class)
            .getResultStream()
            .map(Principle::code)
            .collect(Collectors.toSet());
    Revision previous =
        guideline.currentRevision() == 0
            ? null
            : revisionOf(guideline.id(), guideline.currentRevision());
    int number = guideline.currentRevision() + 1;
    var revision =
        new Revision(
            guideline.id(), number, text.title(), text.purpose(), author, text.note(), now);
    if (amendment != null) {
      revision.crediting(amendment);
    }
    var keys = new HashSet<String>();
    for (int i = 0; i < text.clauses().size(); i++) {
      ClauseText clause = text.clauses().get(i);
      String field = "clauses[" + i + "]";
      String key = clause.key();
      if (key == null) {
        key = guideline.newClauseKey();
      } else if (previous == null || previous.clause(key) == null) {
        throw new GovernanceException.InvalidField(
            field + ".key",
            "the current text has no clause " + key + "; leave the key out for a new clause");
      }
      if (!keys.add(key)) {
        throw new GovernanceException.InvalidField(
            field + ".key", "clause " + key + " is sent twice");
      }
      for (String principle : clause.principles()) {
        if (!principles.contains(principle)) {
          throw new GovernanceException.InvalidField(
              field + ".principles",
              "\""
                  + principle
                  + "\" is not a principle of the framework; use one of "
                  + String.join(", ", principles.stream().sorted().toList()));
        }
      }
      String rule = clause.rule() == null ? null : clause.rule().toString();
      if (rule != null && rule.length() > ClauseText.MAX_RULE_CHARS) {
        throw new GovernanceException.InvalidField(
            field + ".rule", "a rule has at most " + ClauseText.MAX_RULE_CHARS + " characters");
      }
      revision.addClause(key, clause.text(), clause.principles(), clause.policyArea(), rule);
    }
    em.persist(revision);
    guideline.revised(number, text.title(), now);
    return revision;
  }

  private Freeze freezeOf(Revision revision) {
    return em.createQuery("select f from Freeze f where f.revisionId = :id", Freeze.class)
        .setParameter("id", revision.id())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Guideline guideline(long id, LockModeType lock) {
    Guideline guideline = em.find(Guideline.class, id, lock);
    if (guideline == null) {
      throw new GovernanceException.NotFound("There is no guideline " + id + ".");
    }
    return guideline;
  }

  /** The guideline if the viewer may read it; a draft is "not found" to anonymous visitors. */
  private Guideline readable(long id, Participant viewer) {
    Guideline guideline = guideline(id, LockModeType.NONE);
    if (!guideline.readableBy(viewer)) {
      throw new GovernanceException.NotFound("There is no guideline " + id + ".");
    }
    return guideline;
  }

  private Guideline editable(long id, Participant who) {
    Guideline guideline = readable(id, who);
    if (!guideline.editableBy(who)) {
      throw new GovernanceException.NotAllowed(
          "Only the draft's author or a steward revises it; propose an amendment instead.");
    }
    if (guideline.state() != GuidelineState.DRAFT) {
      throw new GovernanceException.Conflict(
          "This guideline is "
              + guideline.state().name().toLowerCase()
              + "; its text can no longer change. Reopen it to draft a new revision.");
    }
    return guideline;
  }

  private Revision revisionOf(long id, int number) {
    return em.createQuery(
            "select r from Revision r where r.guidelineId = :id and r.number = :number",
            Revision.class)
        .setParameter("id", id)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new GovernanceException.NotFound(
                    "Guideline " + id + " has no revision " + number + "."));
  }

  private Amendment amendmentOf(long id, long amendmentId) {
    Amendment amendment = em.find(Amendment.class, amendmentId);
    if (amendment == null || amendment.guidelineId() != id) {
      throw new GovernanceException.NotFound(
          "Guideline " + id + " has no amendment " + amendmentId + ".");
    }
    return amendment;
  }

  private static Clause clauseOf(Revision revision, String key, String field) {
    Clause clause = revision.clause(key);
    if (clause == null) {
      throw new GovernanceException.InvalidField(field, "the current text has no clause " + key);
    }
    return clause;
  }

  private static void requireMember(Participant who) {
    if (!who.member()) {
      throw new GovernanceException.NotAllowed("Only members take part in drafting.");
    }
  }

  private static void requireSteward(Participant who, String action) {
    if (!who.steward()) {
      throw new GovernanceException.NotAllowed("Only a steward may " + action + ".");
    }
  }

  static String subject(long id) {
    return "guideline:" + id;
  }

  // --- views -------------------------------------------------------------------------------

  private GuidelineView view(Guideline g, Participant viewer) {
    em.flush();
    List<Revision> revisions =
        em.createQuery(
                "select r from Revision r where r.guidelineId = :id order by r.number",
                Revision.class)
            .setParameter("id", g.id())
            .getResultList();
    Map<Long, Freeze> freezes =
        em.createQuery("select f from Freeze f where f.revisionId in :ids", Freeze.class)
            .setParameter("ids", revisions.stream().map(Revision::id).toList())
            .getResultStream()
            .collect(Collectors.toMap(Freeze::revisionId, Function.identity()));
    Revision current = revisions.get(revisions.size() - 1);
    return new GuidelineView(
        g.id(),
        g.title(),
        g.state(),
        g.authorName(),
        g.createdAt(),
        g.updatedAt(),
        revisionView(current, freezes.get(current.id())),
        g.inForceRevision() == null
            ? null
            : new InForce(g.inForceRevision(), g.inForceSince(), g.inForceVote()),
        revisions.stream()
            .map(
                r -> {
                  Freeze f = freezes.get(r.id());
                  return new RevisionSummary(
                      r.number(),
                      r.authorName(),
                      r.note(),
                      r.createdAt(),
                      f != null,
                      f == null ? null : f.hash());
                })
            .toList(),
        List.of(),
        null,
        g.editableBy(viewer) && g.state() == GuidelineState.DRAFT,
        g.version());
  }

  private RevisionView revisionView(Revision revision) {
    return revisionView(revision, freezeOf(revision));
  }

  static RevisionView revisionView(Revision r, Freeze freeze) {
    return new RevisionView(
        r.number(),
        r.title(),
        r.purpose(),
        r.authorName(),
        r.note(),
        r.createdAt(),
        r.creditedTo(),
        r.amendmentId(),
        r.clauses().stream()
            .map(
                c ->
                    new ClauseView(
                        c.key(),
                        c.number(),
                        c.text(),
                        c.principles(),
                        c.policyArea(),
                        c.rule() == null ? null : CanonicalText.parse(c.rule())))
            .toList(),
        freeze == null
            ? null
            : new FreezeView(freeze.hash(), freeze.frozenAt(), freeze.frozenBy()));
  }
}
