import { VoteStateBadge } from '../components/GovernanceBadges';
import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { Loading, ProblemNotice } from '../components/Status';
import { sessionStore } from '../lib/auth';
import { count, formatInstant } from '../lib/format';
import { outcomeWords, voteTime, voteTimeWord, type Vote, type VoteState } from '../lib/governance';
import { apiPage, apiPath, hrefWith, readPage } from '../lib/query';
import { useResource } from '../lib/resource';
import { useLocation } from '../lib/router';
import { useStore } from '../lib/store';
import type { Page } from '../lib/types';
import { getGov } from '../lib/governance-api';

const PAGE_SIZE = 20;

const STATE_TABS: Record<VoteState, string> = { open: 'Open', scheduled: 'Scheduled', closed: 'Closed' };
const EMPTY: Record<VoteState, string> = { open: 'No vote is open.', scheduled: 'No vote is scheduled.', closed: 'No vote has closed yet.' };

/** Votes on guidelines: the open and scheduled ones (for members) and the closed ones with their outcomes. */
export function VotesPage() {
  const session = useStore(sessionStore);
  const { params, search } = useLocation();
  const page = readPage(params);
  const raw = params.get('state');
  const fallback: VoteState = session ? 'open' : 'closed';
  const state: VoteState = raw === 'open' || raw === 'scheduled' || raw === 'closed' ? raw : fallback;
  const states: readonly VoteState[] = session ? ['open', 'scheduled', 'closed'] : ['open', 'closed'];
  const votes = useResource(
    (signal) => getGov<Page<Vote>>(apiPath('/votes', { state, page: apiPage(page), size: PAGE_SIZE }), signal).then((r) => r.body),
    `${search}@${state}/${session?.name ?? ''}`,
  );
  const href = (changes: Record<string, string | number>) => hrefWith('/votes', params, changes, { state: fallback });

  return (
    <>
      <Heading>Votes</Heading>
      <p class="lead">
        Members vote on frozen <a href="/guidelines">guidelines</a>. After a vote closes, its result, ballot list and recount are public.
      </p>
      <nav class="search-tabs state-tabs" aria-label="Votes by state">
        {states.map((value) => (
          <a key={value} href={href({ state: value })} class={value === state ? 'current' : undefined} aria-current={value === state ? 'page' : undefined}>
            {STATE_TABS[value]}
          </a>
        ))}
      </nav>
      {votes.error ? (
        <ProblemNotice error={votes.error}>
          {votes.error.status !== 401 && (
            <button type="button" class="button secondary" onClick={votes.reload}>
              Try again
            </button>
          )}
        </ProblemNotice>
      ) : !votes.data ? (
        <Loading />
      ) : (
        <div aria-busy={votes.loading ? 'true' : undefined}>
          <p class="list-count">
            {count(votes.data.totalItems, `${state} vote`)}
          </p>
          {votes.data.items.length ? (
            <ul class="record-list vote-list">
              {votes.data.items.map((vote) => (
                <li key={vote.id} data-vote-id={vote.id}>
                  <a class="record-title" href={`/votes/${vote.id}`}>
                    {vote.kind === 'repeal' ? 'Repeal' : 'Adopt'} “{vote.guidelineTitle}”, revision {vote.revision}
                  </a>
                  <VoteStateBadge state={vote.state} />
                  <p class="record-meta">
                    <span>
                      {voteTimeWord(vote.state)} {formatInstant(voteTime(vote))}
                    </span>
                    {vote.state === 'scheduled' ? (
                      <span>closes {formatInstant(vote.closesAt)}</span>
                    ) : (
                      <span>
                        {vote.ballotsCast} of {vote.electorate} voted
                      </span>
                    )}
                    {vote.result && <span class="vote-outcome">{outcomeWords(vote.result.outcome, vote.kind)}</span>}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{EMPTY[state]}</p>
          )}
          <Pager page={page} totalPages={votes.data.totalPages} hrefFor={(n) => href({ page: n })} label="Pages of votes" />
        </div>
      )}
    </>
  );
}
