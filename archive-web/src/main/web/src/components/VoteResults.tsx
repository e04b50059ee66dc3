import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../lib/announce';
import { formatInstant } from '../lib/format';
import { CHOICE_WORDS, outcomeWords, type BallotList, type MyBallot, type Recount, type Vote } from '../lib/governance';
import { findReceipt } from '../lib/receipts';
import { useResource } from '../lib/resource';
import { countBallots, quorumNeeded, quorumText, sameCount, thresholdText } from '../lib/tally';
import { Loading, ProblemNotice } from './Status';
import { getGov } from '../lib/governance-api';

/**
 * A closed vote's result with its arithmetic spelt out, the published ballot list (where a voter
 * finds their ballot by its receipt), the archive's recount and how to recount by hand.
 */
export function VoteResults({ vote, signedIn }: { vote: Vote; signedIn: boolean }) {
  const result = vote.result;
  if (!result) return <p>The result is being published…</p>;
  const needed = result.quorumBallots ?? quorumNeeded(vote.electorate, vote.quorum);
  return (
    <section class="vote-results" id="results" aria-labelledby="results-heading">
      <h2 id="results-heading">Result</h2>
      <p class={`vote-outcome outcome-${result.outcome}`} id="vote-outcome" data-outcome={result.outcome}>
        <span class="outcome-label">Outcome: </span>
        <strong>{outcomeWords(result.outcome, vote.kind)}</strong>
      </p>
      <table class="data-table tally" id="tally">
        <caption class="sr-only">Tally</caption>
        <thead>
          <tr>
            <th scope="col">Yes</th>
            <th scope="col">No</th>
            <th scope="col">Abstain</th>
            <th scope="col">Ballots</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td data-choice="yes">{result.yes}</td>
            <td data-choice="no">{result.no}</td>
            <td data-choice="abstain">{result.abstain}</td>
            <td data-choice="all">{result.ballots}</td>
          </tr>
        </tbody>
      </table>
      <dl class="facts result-arithmetic">
        <div>
          <dt>Quorum</dt>
          <dd id="quorum-arithmetic">{capitalise(quorumText(result.ballots, vote.electorate, vote.quorum, needed))}</dd>
        </div>
        <div>
          <dt>Threshold</dt>
          <dd id="threshold-arithmetic">
            {capitalise(thresholdText(result.yes, result.no, vote.threshold))}
            {!result.quorumMet && ' Without the quorum, the threshold does not decide.'}
          </dd>
        </div>
        <div>
          <dt>Closed</dt>
          <dd>{formatInstant(result.closedAt)}</dd>
        </div>
      </dl>
      <BallotListSection vote={vote} signedIn={signedIn} />
    </section>
  );
}

function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

function BallotListSection({ vote, signedIn }: { vote: Vote; signedIn: boolean }) {
  const list = useResource((signal) => getGov<BallotList>(`/votes/${vote.id}/ballots`, signal).then((r) => r.body), `ballots/${vote.id}`);
  const recount = useResource((signal) => getGov<Recount>(`/votes/${vote.id}/recount`, signal).then((r) => r.body), `recount/${vote.id}`);
  // The voter's own receipt, to find it at once: from the vote, else asked for (404: no ballot).
  const mine = useResource(
    async (signal): Promise<MyBallot | null> => {
      if (vote.myBallot) return vote.myBallot;
      if (!signedIn) return null;
      try {
        return (await getGov<MyBallot>(`/votes/${vote.id}/ballot`, signal)).body;
      } catch {
        return null;
      }
    },
    `mine/${vote.id}/${signedIn}`,
  );
  const ballots = list.data?.ballots ?? [];
  const result = vote.result!;
  const counted = countBallots(ballots);

  return (
    <>
      <section aria-labelledby="ballots-heading">
        <h3 id="ballots-heading">Ballot list</h3>
        <p>
          Every ballot cast, with its receipt{vote.ballotList === 'named' ? ' and its voter’s name' : ' and a pseudonym for its voter (the same for one voter within this vote only)'}.{' '}
          <a href={`/api/votes/${vote.id}/ballots`}>The list as JSON</a>.
        </p>
        {list.error && <ProblemNotice error={list.error} />}
        {!list.data && !list.error && <Loading what="Loading the ballot list…" />}
        {list.data && (
          <>
            <p class="list-hash">
              SHA-256 of the list:{' '}
              <code class="hash" id="list-hash">
                {list.data.listHash || result.listHash}
              </code>
            </p>
            {mine.data && (
              <p class="my-receipt" id="my-receipt">
                Your receipt: <code class="receipt-code" id="receipt-code">{mine.data.receipt}</code> (you voted {CHOICE_WORDS[mine.data.choice]}).
              </p>
            )}
            <ReceiptFinder key={mine.data?.receipt ?? ''} ballots={ballots} initial={mine.data?.receipt ?? ''} />
            <p id="local-count">
              Counted in your browser from this list: yes {counted.yes}, no {counted.no}, abstain {counted.abstain} ({counted.ballots} ballots){' '}
              {sameCount(counted, result) ? '— the same as the published tally.' : '— this differs from the published tally.'}
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="recount-heading" class="recount">
        <h3 id="recount-heading">How to recount</h3>
        {recount.error && <ProblemNotice error={recount.error} />}
        {recount.data && (
          <p id="recount-result">
            The archive recounted the published list: yes {recount.data.yes}, no {recount.data.no}, abstain {recount.data.abstain} of{' '}
            {recount.data.ballots} ballots, outcome {outcomeWords(recount.data.outcome, vote.kind).toLowerCase()}.{' '}
            <strong>{recount.data.matchesResult ? 'This matches the published result.' : 'This does not match the published result.'}</strong>{' '}
            <a href={`/api/votes/${vote.id}/recount`}>The recount as JSON</a>.
          </p>
        )}
        <p>
          To recount by hand, take the ballot list above (or its JSON) and count its rows by choice. Every row is a ballot, abstentions included,
          so the number of rows must reach the quorum: {result.quorumBallots ?? quorumNeeded(vote.electorate, vote.quorum)} of the{' '}
          {vote.electorate} members in the electorate. Then compare yes with no:{' '}
          {vote.threshold === 'simple' ? 'a simple majority needs more yes than no' : 'a two-thirds majority needs yes to be at least two thirds of yes plus no'}.
          If you voted, find your receipt in the list to check that your ballot was counted as you cast it.
        </p>
      </section>
    </>
  );
}

function ReceiptFinder({ ballots, initial }: { ballots: BallotList['ballots']; initial: string }) {
  const [query, setQuery] = useState(initial);
  const [found, setFound] = useState<number | null>(null);
  const [searched, setSearched] = useState(false);
  const rowRef = useRef<HTMLTableRowElement>(null);
  const [focusRow, setFocusRow] = useState(false);

  function find(text: string, moveFocus: boolean) {
    const index = findReceipt(ballots, text);
    setFound(index >= 0 ? index : null);
    setSearched(true);
    setFocusRow(moveFocus && index >= 0);
    announce(index >= 0 ? `Found: ballot ${index + 1} of ${ballots.length}, ${CHOICE_WORDS[ballots[index].choice]}.` : 'No ballot in the list has this receipt.');
  }

  // A voter's own receipt is looked up as soon as the list is there.
  useEffect(() => {
    if (initial) find(initial, false);
  }, []);

  useEffect(() => {
    if (found === null) return;
    rowRef.current?.scrollIntoView({ block: 'center' });
    if (focusRow) rowRef.current?.focus();
  }, [found, focusRow]);

  const match = found !== null ? ballots[found] : null;
  return (
    <>
      <form
        class="inline-form receipt-finder"
        role="search"
        aria-label="Find my receipt"
        onSubmit={(event) => {
          event.preventDefault();
          find(query, true);
        }}
      >
        <label for="find-receipt">Find my receipt</label>
        <input id="find-receipt" type="search" autoComplete="off" spellcheck={false} value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        <button type="submit" class="button secondary" id="find-receipt-button">
          Find
        </button>
      </form>
      <p class={match ? 'notice notice-ok receipt-status' : searched ? 'notice notice-warning receipt-status' : 'receipt-status empty'} id="receipt-status" role="status">
        {match
          ? `Found: your ballot is number ${found! + 1} in the list, counted as ${CHOICE_WORDS[match.choice]}.`
          : searched
            ? 'No ballot in the list has this receipt. Check that you copied all of it; a changed ballot has a new receipt.'
            : ''}
      </p>
      <div class="table-scroll">
        <table class="data-table ballot-list" id="ballot-list">
          <caption class="sr-only">Ballots, {ballots.length}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Voter</th>
              <th scope="col">Choice</th>
              <th scope="col">Receipt</th>
            </tr>
          </thead>
          <tbody>
            {ballots.map((ballot, index) => {
              const hit = index === found;
              return (
                <tr
                  key={ballot.receipt}
                  class={hit ? 'receipt-match' : undefined}
                  aria-current={hit ? 'true' : undefined}
                  tabIndex={hit ? -1 : undefined}
                  ref={hit ? rowRef : undefined}
                  data-receipt={ballot.receipt}
                >
                  <td>{index + 1}</td>
                  <td>{ballot.voter}</td>
                  <td data-choice={ballot.choice}>{CHOICE_WORDS[ballot.choice] ?? ballot.choice}</td>
                  <td>
                    <code class="receipt-cell">{ballot.receipt}</code>
                    {hit && <span class="badge badge-yours">Your ballot</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
