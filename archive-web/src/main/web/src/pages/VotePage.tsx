import { useEffect, useRef, useState } from 'preact/hooks';
import { VoteStateBadge } from '../components/GovernanceBadges';
import { Heading } from '../components/Heading';
import { ErrorPage, Loading, ProblemNotice } from '../components/Status';
import { VoteResults } from '../components/VoteResults';
import { announce } from '../lib/announce';
import { asApiError, isAbort } from '../lib/api';
import { sessionStore } from '../lib/auth';
import { formatCountdown, isoDuration, nextVotePollMs, OPENING_NOW, remainingMs } from '../lib/countdown';
import { formatInstant } from '../lib/format';
import { BALLOT_LIST_WORDS, CHOICE_WORDS, CHOICES, THRESHOLD_WORDS, type CastBallot, type Choice, type MyBallot, type Vote, type VoteState } from '../lib/governance';
import type { ApiError } from '../lib/problem';
import { useStore } from '../lib/store';
import { quorumNeeded } from '../lib/tally';
import { getGov, sendGov } from '../lib/governance-api';
import { serverNow } from '../lib/server-clock';
import { useSubmission } from '../lib/submission';

/**
 * A vote: what is voted on (the guideline's frozen revision and its hash), the rules, the time
 * until it opens while it is scheduled, the time left and the turnout while it is open, the ballot
 * for an eligible member with the receipt it gives, and after the close the result, the ballot
 * list and the recount.
 */
export function VotePage({ id, resultsFirst = false }: { id: number; resultsFirst?: boolean }) {
  const session = useStore(sessionStore);
  const vote = useVote(id, session?.name ?? '');
  const now = useNow(vote.data?.state === 'open' || vote.data?.state === 'scheduled');
  const seen = useRef<{ id: number; state: VoteState } | null>(null);

  // When the vote opens or closes while the page is open, say so (and bring a result into view).
  useEffect(() => {
    if (!vote.data) return;
    const { id: shown, state } = vote.data;
    const before = seen.current?.id === shown ? seen.current.state : null;
    seen.current = { id: shown, state };
    if (state === 'closed') {
      if (before === 'open' || before === 'scheduled') {
        announce('The vote has closed. The result is shown.');
        document.getElementById('results')?.scrollIntoView();
      } else if (resultsFirst) {
        document.getElementById('results')?.scrollIntoView();
      }
    } else if (state === 'open' && before === 'scheduled') {
      announce('The vote has opened. You can cast your ballot.');
    }
  }, [vote.data?.id, vote.data?.state]);

  if (vote.error && !vote.data) return <ErrorPage error={vote.error} onRetry={vote.reload} />;
  if (!vote.data) return <Loading />;
  const view = vote.data;
  const open = view.state === 'open';
  const scheduled = view.state === 'scheduled';
  const closed = view.state === 'closed';
  const left = remainingMs(view.closesAt, now);
  const untilOpen = remainingMs(view.opensAt, now);

  return (
    <article class="vote" data-vote-id={view.id} data-state={view.state}>
      <Heading>{`${resultsFirst && closed ? 'Result of the vote' : 'Vote'} on “${view.guidelineTitle}”`}</Heading>
      <p class="record-meta">
        <span>
          <VoteStateBadge state={view.state} />
        </span>
        <span>
          {view.kind === 'repeal' ? 'to repeal' : 'to adopt'} <a href={`/guidelines/${view.guidelineId}`}>{view.guidelineTitle}</a>, revision{' '}
          {view.revision}
        </span>
      </p>
      <p class="vote-hash">
        SHA-256 of the text voted on:{' '}
        <code class="hash" id="vote-revision-hash">
          {view.revisionHash}
        </code>
      </p>
      <dl class="facts vote-rules">
        <div>
          <dt>Quorum</dt>
          <dd id="vote-quorum">
            {scheduled ? (
              <>{view.quorum} % of the electorate must vote (abstentions count); the number of members is known when the vote opens</>
            ) : (
              <>
                {view.quorum} % of the electorate must vote (abstentions count): {quorumNeeded(view.electorate, view.quorum)} of {view.electorate}{' '}
                {view.electorate === 1 ? 'member' : 'members'}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Threshold</dt>
          <dd id="vote-threshold">{THRESHOLD_WORDS[view.threshold] ?? view.threshold}</dd>
        </div>
        <div>
          <dt>Ballot list</dt>
          <dd id="vote-ballot-list">{BALLOT_LIST_WORDS[view.ballotList] ?? view.ballotList}</dd>
        </div>
        <div>
          <dt>Electorate</dt>
          <dd>
            {scheduled
              ? 'Fixed when the vote opens: every member at that moment'
              : `${view.electorate} ${view.electorate === 1 ? 'member' : 'members'}: every member when the vote opened`}
          </dd>
        </div>
        <div>
          <dt>{scheduled ? 'Opens' : 'Opened'}</dt>
          <dd>{scheduled ? <time dateTime={view.opensAt}>{formatInstant(view.opensAt)}</time> : formatInstant(view.opensAt)}</dd>
        </div>
        <div>
          <dt>{closed ? 'Closed' : 'Closes'}</dt>
          <dd>
            <time dateTime={view.closesAt}>{formatInstant(view.closesAt)}</time>
          </dd>
        </div>
      </dl>

      {scheduled && (
        <section class="vote-clock vote-schedule" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">Not open yet</h2>
          <p id="vote-opens-at">
            Opens at <time dateTime={view.opensAt}>{formatInstant(view.opensAt)}</time>
          </p>
          {untilOpen > 0 ? (
            <p class="countdown" id="opens-countdown" role="timer" aria-atomic="true" data-remaining-ms={untilOpen}>
              Opens in <time dateTime={isoDuration(untilOpen)}>{formatCountdown(untilOpen)}</time>
            </p>
          ) : (
            <p class="countdown" id="opens-countdown" role="status" data-remaining-ms={0}>
              {OPENING_NOW}
            </p>
          )}
          <p id="scheduled-electorate">
            Ballots can be cast once the vote opens, until it closes. Its electorate is fixed when it opens: every member at that moment may vote.
          </p>
          {vote.error && <ProblemNotice error={vote.error} />}
        </section>
      )}
      {open && (
        <>
          <section class="vote-clock" aria-labelledby="clock-heading">
            <h2 id="clock-heading">Time left</h2>
            {left > 0 ? (
              <p class="countdown" id="countdown" role="timer" aria-atomic="true" data-remaining-ms={left}>
                Closes in <time dateTime={isoDuration(left)}>{formatCountdown(left)}</time>
              </p>
            ) : (
              <p class="countdown" id="countdown" role="status" data-remaining-ms={0}>
                Voting has ended. Counting the ballots…
              </p>
            )}
            <p id="turnout">
              Turnout: {view.ballotsCast} of {view.electorate} {view.electorate === 1 ? 'member has' : 'members have'} voted.
            </p>
            <progress id="turnout-bar" max={Math.max(1, view.electorate)} value={view.ballotsCast} aria-label="Turnout" />
            {vote.error && <ProblemNotice error={vote.error} />}
          </section>
          <BallotSection vote={view} signedIn={session !== null} ended={left === 0} onCast={vote.reload} />
        </>
      )}
      {closed && <VoteResults vote={view} signedIn={session !== null} />}
    </article>
  );
}

/**
 * The vote, asked for again until it is closed: while scheduled, now and then and every second
 * once its opening time has passed, until the server says it is open; while open, now and then for
 * the turnout, and every second once its closing time has passed, until the server says it is closed.
 */
function useVote(id: number, who: string) {
  const [state, setState] = useState<{ data?: Vote; error?: ApiError }>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    let timer = 0;
    let failures = 0;
    const poll = () => {
      getGov<Vote>(`/votes/${id}`, controller.signal)
        .then(({ body }) => {
          if (controller.signal.aborted) return;
          failures = 0;
          setState({ data: body });
          const wait = nextVotePollMs(body, serverNow());
          if (wait !== null) timer = window.setTimeout(poll, wait);
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted || isAbort(error)) return;
          failures++;
          setState((previous) => ({ data: previous.data, error: asApiError(error) }));
          if (failures <= 5) timer = window.setTimeout(poll, 1000 * 2 ** failures);
        });
    };
    poll();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [id, who, round]);
  return { ...state, reload: () => setRound((n) => n + 1) };
}

/** The current time on the server's clock, once a second while `ticking`. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    if (!ticking) return;
    setNow(serverNow());
    const timer = window.setInterval(() => setNow(serverNow()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now;
}

function BallotSection({ vote, signedIn, ended, onCast }: { vote: Vote; signedIn: boolean; ended: boolean; onCast: () => void }) {
  const [cast, setCast] = useState<CastBallot | null>(null);
  const mine: MyBallot | null = cast ?? vote.myBallot ?? null;
  return (
    <section class="ballot" aria-labelledby="ballot-heading">
      <h2 id="ballot-heading">Your ballot</h2>
      {!signedIn ? (
        <p>Sign in to vote, with the button at the top of the page.</p>
      ) : !vote.eligible ? (
        <p class="notice notice-warning" id="not-eligible">
          You cannot vote in this vote. Its electorate is fixed when a vote opens: every account that held the member role at{' '}
          {formatInstant(vote.opensAt)}. Your account was not among them (it did not hold the member role then, or was disabled); later role
          changes do not alter the electorate.
        </p>
      ) : (
        <>
          {ended ? (
            <p>Voting has ended; ballots can no longer be cast or changed.</p>
          ) : (
            <BallotForm
              vote={vote}
              current={mine}
              onCast={(ballot) => {
                setCast(ballot);
                onCast();
              }}
            />
          )}
          {mine && <Receipt ballot={mine} replaced={cast?.replaced ?? false} focusOnShow={cast !== null} />}
        </>
      )}
    </section>
  );
}

function BallotForm({ vote, current, onCast }: { vote: Vote; current: MyBallot | null; onCast: (ballot: CastBallot) => void }) {
  const [choice, setChoice] = useState<Choice | ''>(current?.choice ?? '');
  const { busy, error, run } = useSubmission();
  const [missing, setMissing] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!choice) {
      setMissing(true);
      document.getElementById('choice-yes')?.focus();
      return;
    }
    setMissing(false);
    await run(async () => {
      const ballot = (await sendGov<CastBallot>('PUT', `/votes/${vote.id}/ballot`, { choice })).body;
      onCast(ballot);
      announce(ballot.replaced ? `Ballot changed to ${CHOICE_WORDS[ballot.choice]}. Your new receipt is shown.` : `Ballot cast: ${CHOICE_WORDS[ballot.choice]}. Your receipt is shown.`);
    });
  }

  return (
    <form class="ballot-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset class={missing ? 'field-invalid' : undefined} aria-describedby={missing ? 'choice-error' : 'choice-hint'}>
        <legend>
          {vote.kind === 'repeal' ? 'Repeal' : 'Adopt'} revision {vote.revision} of “{vote.guidelineTitle}”?
        </legend>
        <p class="hint" id="choice-hint">
          {current ? `You voted ${CHOICE_WORDS[current.choice]}. You can change your ballot until the vote closes; the latest one counts.` : 'You can change your ballot until the vote closes; the latest one counts.'}
        </p>
        {missing && (
          <p class="field-error" id="choice-error">
            <span class="sr-only">Error: </span>Choose yes, no or abstain.
          </p>
        )}
        {CHOICES.map((value) => (
          <label key={value} class="check choice" for={`choice-${value}`}>
            <input type="radio" id={`choice-${value}`} name="choice" value={value} checked={choice === value} onChange={() => setChoice(value)} />
            {CHOICE_WORDS[value]}
          </label>
        ))}
      </fieldset>
      {error && <ProblemNotice error={error} />}
      <div class="form-actions">
        <button type="submit" class="button primary" id="cast-ballot" aria-disabled={busy ? 'true' : undefined}>
          {current ? 'Change ballot' : 'Cast ballot'}
        </button>
      </div>
    </form>
  );
}

function Receipt({ ballot, replaced, focusOnShow }: { ballot: MyBallot; replaced: boolean; focusOnShow: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState('');

  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
    setCopied('');
  }, [ballot.receipt]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(ballot.receipt);
      setCopied('Copied.');
      announce('Receipt copied.');
    } catch {
      // No clipboard access (an insecure origin, a refusal): select it for the reader to copy.
      const range = document.createRange();
      if (codeRef.current) range.selectNodeContents(codeRef.current);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      setCopied('Selected: press Ctrl+C (or ⌘C) to copy it.');
      announce('The receipt is selected; copy it with your keyboard.');
    }
  }

  return (
    <div class="receipt" id="receipt" tabIndex={-1} ref={ref} aria-labelledby="receipt-heading">
      <h3 id="receipt-heading">Your receipt</h3>
      <p>
        Your ballot: <strong id="my-choice">{CHOICE_WORDS[ballot.choice]}</strong>, cast {formatInstant(ballot.castAt)}.
        {replaced && ' It replaces your earlier ballot, whose receipt no longer counts.'}
      </p>
      <p class="receipt-code-line">
        <code class="receipt-code" id="receipt-code" ref={codeRef}>
          {ballot.receipt}
        </code>
      </p>
      <p>
        <button type="button" class="button secondary" id="copy-receipt" onClick={() => void copy()}>
          Copy receipt
        </button>{' '}
        <span class="copy-status" role="status">
          {copied}
        </span>
      </p>
      <p class="receipt-advice">
        <strong>Keep this receipt; after the close you can find it in the published ballot list.</strong> The list shows each ballot’s choice next
        to its receipt, so your receipt lets you check your ballot was counted as you cast it; keep it to yourself.
      </p>
    </div>
  );
}
