import { useEffect, useState } from 'preact/hooks';
import { ClauseDiscussion, type OpenForm } from '../components/ClauseDiscussion';
import { Dialog } from '../components/Dialog';
import { StateBadge, VoteStateBadge } from '../components/GovernanceBadges';
import { GuidelineHistory } from '../components/GuidelineHistory';
import { Heading } from '../components/Heading';
import { OpenVoteForm } from '../components/OpenVoteForm';
import { ErrorPage, Loading, ProblemNotice } from '../components/Status';
import { flash } from '../lib/announce';
import { hasRole, sessionStore } from '../lib/auth';
import { formatInstant } from '../lib/format';
import { useFrameworkNames } from '../lib/framework';
import {
  keyId,
  outcomeWords,
  policyAreaName,
  principleName,
  sameKey,
  voteTime,
  voteTimeWord,
  type Amendment,
  type Comment,
  type Framework,
  type Guideline,
} from '../lib/governance';
import { useResource } from '../lib/resource';
import { useStore } from '../lib/store';
import { getGov, sendGov } from '../lib/governance-api';
import { useSubmission } from '../lib/submission';

/**
 * A guideline: its numbered clauses with the principles they serve, the discussion of each
 * clause (comments, amendments), its state and what may happen next (edit, freeze, vote,
 * reopen), its votes, and its revisions with their differences.
 */
export function GuidelinePage({ id }: { id: number }) {
  const session = useStore(sessionStore);
  const member = hasRole(session, 'member');
  const steward = hasRole(session, 'steward');
  const guideline = useResource((signal) => getGov<Guideline>(`/guidelines/${id}`, signal).then((r) => r.body), `guideline/${id}@${session?.name ?? ''}`);
  const [discussionVersion, setDiscussionVersion] = useState(0);
  const discussion = useResource(
    async (signal) => {
      const [amendments, comments] = await Promise.all([
        getGov<Amendment[]>(`/guidelines/${id}/amendments`, signal).then((r) => r.body ?? []),
        getGov<Comment[]>(`/guidelines/${id}/comments`, signal).then((r) => r.body ?? []),
      ]);
      return { amendments, comments };
    },
    `discussion/${id}@${discussionVersion}/${session?.name ?? ''}`,
  );
  const framework = useFrameworkNames();
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const loaded = guideline.data !== undefined;

  // An address such as /guidelines/4#clause-k2 (from the framework page) shows that clause.
  useEffect(() => {
    if (!loaded || !window.location.hash) return;
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) {
      target.scrollIntoView();
      target.focus();
    }
  }, [loaded]);

  if (guideline.error) return <ErrorPage error={guideline.error} onRetry={guideline.reload} />;
  if (!guideline.data) return <Loading />;
  const view = guideline.data;
  const current = view.current;
  const canDecide = Boolean(view.canEdit) || steward;
  const clauses = [...current.clauses].sort((a, b) => a.number - b.number);

  return (
    <article class="guideline" data-guideline-id={view.id} data-state={view.state}>
      <Heading>{current.title || view.title}</Heading>
      <p class="record-meta guideline-meta">
        <span>
          <StateBadge state={view.state} />
        </span>
        <span class="guideline-author">by {view.author}</span>
        <span class="guideline-revision">revision {current.number}</span>
        {view.updatedAt && <span>updated {formatInstant(view.updatedAt)}</span>}
      </p>
      <GuidelineActions guideline={view} steward={steward} onChanged={guideline.replace} />
      <InForce guideline={view} />
      {current.frozen && (
        <div class="notice frozen-notice" id="frozen-notice">
          <p>
            Revision {current.number} was frozen on {formatInstant(current.frozen.frozenAt)} by {current.frozen.frozenBy}: its text can never
            change. The SHA-256 of its canonical text:
          </p>
          <p>
            <code class="hash" id="revision-hash">
              {current.frozen.hash}
            </code>
          </p>
        </div>
      )}
      {current.creditedTo && (
        <p class="hint">
          This revision is an accepted amendment by {current.creditedTo}.
        </p>
      )}
      {current.purpose && (
        <section aria-labelledby="purpose-heading">
          <h2 id="purpose-heading">Purpose</h2>
          <p class="guideline-purpose">{current.purpose}</p>
        </section>
      )}
      <section aria-labelledby="clauses-heading">
        <h2 id="clauses-heading">Clauses</h2>
        {discussion.error && (
          <ProblemNotice error={discussion.error}>
            <button type="button" class="button secondary" onClick={discussion.reload}>
              Load the comments and amendments again
            </button>
          </ProblemNotice>
        )}
        {!member && <p class="hint">{session ? 'Only members can comment and propose amendments.' : 'Sign in as a member to comment on a clause or propose an amendment.'}</p>}
        <ol class="clauses">
          {clauses.map((clause) => (
            <li key={String(clause.key)} class="clause" id={`clause-${keyId(clause.key)}`} tabIndex={-1} data-clause-key={String(clause.key)} data-clause-number={clause.number}>
              <h3 class="clause-heading">Clause {clause.number}</h3>
              <p class="clause-text">{clause.text}</p>
              <ClauseTags principles={clause.principles} policyArea={clause.policyArea} framework={framework.data} />
              <ClauseDiscussion
                guideline={view}
                clause={clause}
                amendments={(discussion.data?.amendments ?? []).filter((amendment) => sameKey(amendment.clauseKey, clause.key))}
                comments={(discussion.data?.comments ?? []).filter((comment) => sameKey(comment.clauseKey, clause.key))}
                member={member}
                canDecide={canDecide}
                openForm={openForm}
                setOpenForm={setOpenForm}
                onDiscussionChanged={() => setDiscussionVersion((n) => n + 1)}
                onGuidelineChanged={guideline.replace}
              />
            </li>
          ))}
        </ol>
        <RemovedClauseDiscussion clauseKeys={clauses.map((clause) => String(clause.key))} amendments={discussion.data?.amendments} comments={discussion.data?.comments} />
      </section>
      <Votes guideline={view} />
      <GuidelineHistory guideline={view} framework={framework.data} />
    </article>
  );
}

function ClauseTags({ principles, policyArea, framework }: { principles: string[]; policyArea?: number | null; framework?: Framework }) {
  return (
    <div class="clause-tags">
      <span class="tag-label">Principles:</span>
      <ul class="tag-list" aria-label="Principles">
        {principles.map((code) => (
          <li key={code} class="tag" data-principle={code}>
            {principleName(code, framework)}
          </li>
        ))}
      </ul>
      {policyArea ? (
        <p class="clause-area">
          <span class="tag-label">Policy area:</span> {policyAreaName(policyArea, framework)}
        </p>
      ) : null}
    </div>
  );
}

/** Comments and amendments on clauses that later revisions removed; kept, so say where they are. */
function RemovedClauseDiscussion({ clauseKeys, amendments, comments }: { clauseKeys: string[]; amendments?: Amendment[]; comments?: Comment[] }) {
  const orphans = [...(amendments ?? []), ...(comments ?? [])].filter((item) => !clauseKeys.includes(String(item.clauseKey)));
  if (!orphans.length) return null;
  return <p class="hint">{orphans.length} comments or amendments concern clauses that the current revision no longer has; see the earlier revisions.</p>;
}

function InForce({ guideline }: { guideline: Guideline }) {
  const inForce = guideline.inForce;
  if (!inForce) return null;
  return (
    <div class="notice notice-ok in-force" id="in-force">
      <p>
        <strong>Revision {inForce.revision} is in force</strong> since {formatInstant(inForce.adoptedAt)}
        {inForce.voteId ? (
          <>
            , adopted by <a href={`/votes/${inForce.voteId}`}>vote {inForce.voteId}</a>
          </>
        ) : null}
        .
      </p>
      {inForce.revision !== guideline.current.number && (
        <p>
          The text shown here is revision {guideline.current.number}, a newer {guideline.state === 'draft' ? 'draft' : 'revision'}; revision{' '}
          {inForce.revision} stays in force until a vote adopts another. Compare them under Revisions.
        </p>
      )}
    </div>
  );
}

function GuidelineActions({ guideline, steward, onChanged }: { guideline: Guideline; steward: boolean; onChanged: (guideline: Guideline) => void }) {
  const { busy, error, run: submit } = useSubmission();
  const [freezing, setFreezing] = useState(false);
  const [voting, setVoting] = useState(false);
  const authorOrSteward = Boolean(guideline.canEdit) || steward;
  const state = guideline.state;
  const draft = state === 'draft';
  const canReopen = authorOrSteward && (state === 'rejected' || state === 'adopted');
  const canOpenVote = steward && (state === 'frozen' || state === 'adopted') && !guideline.openVoteId;

  function run(path: string, body: unknown, done: (changed: Guideline) => string) {
    return submit(async () => {
      const changed = (await sendGov<Guideline>('POST', path, body)).body;
      onChanged(changed);
      flash(done(changed));
    });
  }

  if (!(draft && authorOrSteward) && !canReopen && !(steward && draft) && !canOpenVote && !guideline.openVoteId) return null;
  return (
    <>
      <div class="record-tools guideline-tools" role="group" aria-label="Guideline actions">
        {draft && authorOrSteward && (
          <a class="button secondary" id="edit-guideline" href={`/guidelines/${guideline.id}/edit`}>
            Edit
          </a>
        )}
        {steward && draft && (
          <button type="button" class="button secondary" id="freeze-guideline" onClick={() => setFreezing(true)}>
            Freeze current revision
          </button>
        )}
        {canOpenVote && (
          <button type="button" class="button primary" id="open-vote" aria-expanded={voting ? 'true' : 'false'} onClick={() => setVoting(!voting)}>
            Open a vote
          </button>
        )}
        {guideline.openVoteId ? (
          <a class="button primary" id="go-to-vote" href={`/votes/${guideline.openVoteId}`}>
            Go to the vote
          </a>
        ) : null}
        {canReopen && (
          <button
            type="button"
            class="button secondary"
            id="reopen-guideline"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void run(`/guidelines/${guideline.id}/reopen`, undefined, (changed) => `Reopened as a draft: revision ${changed.current.number}.`)}
          >
            Reopen
          </button>
        )}
      </div>
      {error && !freezing && <ProblemNotice error={error} />}
      {voting && canOpenVote && (
        <OpenVoteForm
          guideline={guideline}
          onCancel={() => {
            setVoting(false);
            window.setTimeout(() => document.getElementById('open-vote')?.focus(), 0);
          }}
        />
      )}
      {steward && draft && (
        <Dialog
          open={freezing}
          title={`Freeze revision ${guideline.current.number}`}
          onClose={() => setFreezing(false)}
          returnFocus={() => document.getElementById('open-vote') ?? document.querySelector<HTMLElement>('main h1')}
        >
          <p>
            Freezing makes revision {guideline.current.number} of “{guideline.current.title}” final: its canonical text is hashed (SHA-256) and can
            never change. No more edits or amendments; a steward can then open a vote on it.
          </p>
          <div class="form-actions">
            <button
              type="button"
              class="button primary"
              id="confirm-freeze"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() =>
                void run(`/guidelines/${guideline.id}/freeze`, { revision: guideline.current.number }, (changed) => `Frozen: revision ${changed.current.number} can no longer change.`).then(
                  (ok) => ok && setFreezing(false),
                )
              }
            >
              Freeze
            </button>
            <button type="button" class="button secondary" onClick={() => setFreezing(false)}>
              Cancel
            </button>
          </div>
          {error && <ProblemNotice error={error} />}
        </Dialog>
      )}
    </>
  );
}

function Votes({ guideline }: { guideline: Guideline }) {
  const votes = [...(guideline.votes ?? [])].sort((a, b) => b.closesAt.localeCompare(a.closesAt));
  if (!votes.length) return null;
  return (
    <section aria-labelledby="votes-heading">
      <h2 id="votes-heading">Votes</h2>
      <ul class="record-list guideline-votes">
        {votes.map((vote) => (
          <li key={vote.id} data-vote-id={vote.id}>
            <a class="record-title" href={`/votes/${vote.id}`}>
              {vote.kind === 'repeal' ? 'Vote to repeal' : 'Vote to adopt'} (vote {vote.id})
            </a>
            <VoteStateBadge state={vote.state} />
            <p class="record-meta">
              <span>
                {voteTimeWord(vote.state)} {formatInstant(voteTime(vote))}
              </span>
              {vote.outcome && <span class="vote-outcome">{outcomeWords(vote.outcome, vote.kind)}</span>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
