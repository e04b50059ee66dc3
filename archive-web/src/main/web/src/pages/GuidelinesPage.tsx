import { StateBadge } from '../components/GovernanceBadges';
import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { Loading, ProblemNotice } from '../components/Status';
import { hasRole, sessionStore } from '../lib/auth';
import { count, formatInstant } from '../lib/format';
import { GUIDELINE_STATES, STATE_WORDS, type GuidelineState, type GuidelineSummary } from '../lib/governance';
import { apiPage, apiPath, hrefWith, readPage } from '../lib/query';
import { useResource } from '../lib/resource';
import { useLocation } from '../lib/router';
import { useStore } from '../lib/store';
import type { Page } from '../lib/types';
import { getGov } from '../lib/governance-api';

const PAGE_SIZE = 20;

/** The community's guidelines, by state, with the way to start a new one for members. */
export function GuidelinesPage() {
  const session = useStore(sessionStore);
  const member = hasRole(session, 'member');
  const { params, search } = useLocation();
  const page = readPage(params);
  const raw = params.get('state') ?? '';
  const state = (GUIDELINE_STATES as readonly string[]).includes(raw) ? (raw as GuidelineState) : '';
  const guidelines = useResource(
    (signal) =>
      getGov<Page<GuidelineSummary>>(apiPath('/guidelines', { state, page: apiPage(page), size: PAGE_SIZE }), signal).then((r) => r.body),
    `${search}@${session?.name ?? ''}`,
  );
  const href = (changes: Record<string, string | number>) => hrefWith('/guidelines', params, changes);
  const tabs: { value: GuidelineState | ''; label: string }[] = [{ value: '', label: 'All' }, ...GUIDELINE_STATES.map((value) => ({ value, label: STATE_WORDS[value] }))];

  return (
    <>
      <Heading>Guidelines</Heading>
      <p class="lead">
        The community’s ethical guidelines for restoring and supplementing music, drafted clause by clause against the{' '}
        <a href="/framework">UNESCO framework</a>, amended, frozen and put to a <a href="/votes">vote</a>.
      </p>
      {member ? (
        <p>
          <a class="button primary" id="start-guideline" href="/guidelines/new">
            Start a guideline
          </a>
        </p>
      ) : (
        !session && <p class="hint">Members see drafts and can start, comment on and amend guidelines after signing in.</p>
      )}
      <nav class="search-tabs state-tabs" aria-label="Guidelines by state">
        {tabs.map((tab) => (
          <a key={tab.value} href={href({ state: tab.value })} class={tab.value === state ? 'current' : undefined} aria-current={tab.value === state ? 'page' : undefined}>
            {tab.label}
          </a>
        ))}
      </nav>
      {guidelines.error ? (
        <ProblemNotice error={guidelines.error}>
          <button type="button" class="button secondary" onClick={guidelines.reload}>
            Try again
          </button>
        </ProblemNotice>
      ) : !guidelines.data ? (
        <Loading />
      ) : (
        <div aria-busy={guidelines.loading ? 'true' : undefined}>
          <p class="list-count">
            {count(guidelines.data.totalItems, 'guideline')}
            {state ? ` ${STATE_WORDS[state].toLowerCase()}` : ''}
          </p>
          {guidelines.data.items.length ? (
            <ul class="record-list guideline-list">
              {guidelines.data.items.map((guideline) => (
                <li key={guideline.id} data-guideline-id={guideline.id}>
                  <a class="record-title" href={`/guidelines/${guideline.id}`}>
                    {guideline.title}
                  </a>
                  <StateBadge state={guideline.state} />
                  <p class="record-meta">
                    <span>by {guideline.author}</span>
                    <span>revision {guideline.revision}</span>
                    {guideline.inForceRevision ? <span>revision {guideline.inForceRevision} in force</span> : null}
                    {guideline.updatedAt && <span>updated {formatInstant(guideline.updatedAt)}</span>}
                    {guideline.openVoteId ? (
                      <span>
                        <a href={`/votes/${guideline.openVoteId}`}>Go to the vote</a>
                      </span>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{state ? `No ${STATE_WORDS[state].toLowerCase()} guidelines.` : 'No guidelines yet.'}</p>
          )}
          <Pager page={page} totalPages={guidelines.data.totalPages} hrefFor={(n) => href({ page: n })} label="Pages of guidelines" />
        </div>
      )}
    </>
  );
}
