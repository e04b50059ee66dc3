import { STATE_WORDS, VOTE_STATE_WORDS, type GuidelineState, type VoteState } from '../lib/governance';

/** A guideline's state as a badge: Draft, Frozen, Adopted, Rejected, Repealed. */
export function StateBadge({ state }: { state: GuidelineState }) {
  return (
    <span class={`badge badge-state badge-${state}`} data-state={state}>
      <span class="sr-only">State: </span>
      {STATE_WORDS[state] ?? state}
    </span>
  );
}

/** Whether a vote is scheduled, open or closed. */
export function VoteStateBadge({ state }: { state: VoteState }) {
  return (
    <span class={`badge badge-vote-${state}`} data-state={state}>
      {VOTE_STATE_WORDS[state] ?? state}
    </span>
  );
}
