import { VoteStateBadge } from '../components/GovernanceBadges';
import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { Loading, ProblemNotice } from '../components/Status';
import { sessionStore } from '../lib/auth';
import { count, formatInstant } from '../lib/format';
import { outcomeWords, type Vote, type VoteState } from '../lib/governance';
import { apiPage, apiPath, hrefWith, readPage } from '../lib/query';
import { useResource } from '../lib/resource';
import { useLocation } from '../lib/router';
import { useStore } from '../lib/store';
import type { Page } from '../lib/types';
import { getGov } from '../lib/governance-api';

const PAGE_SIZE = 20;

/** Votes on guidelines: the open ones (for members) and the closed ones with their outcomes. */
export function VotesPage() {
  const session = useStore(sessionStore);
  const { params, search } = useLocation();
  const page = readPage(params);
  const raw = params.get('state');
  const fallback: VoteState = session ? 'open' : 'closed';
  const state: VoteState = raw === 'open' || raw === 'closed' ? raw : fallback;
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
        {(['open', 'closed'] as const).map((value) => (
          <a key={value} href={href({ state: value })} class={value === state ? 'current' : undefined} aria-current={value === state ? 'page' : undefined}>
            {value === 'open' ? 'Open' : 'Closed'}
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
                      {vote.state === 'open' ? 'closes' : 'closed'} {formatInstant(vote.closesAt)}
                    </span>
                    <span>
                      {vote.ballotsCast} of {vote.electorate} voted
                    </span>
                    {vote.result && <span class="vote-outcome">{outcomeWords(vote.result.outcome, vote.kind)}</span>}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{state === 'open' ? 'No vote is open.' : 'No vote has closed yet.'}</p>
          )}
          <Pager page={page} totalPages={votes.data.totalPages} hrefFor={(n) => href({ page: n })} label="Pages of votes" />
        </div>
      )}
    </>
  );
}
