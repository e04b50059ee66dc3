import { useEffect, useState } from 'preact/hooks';
import { SelectField, TextField } from '../forms/fields';
import { flash } from '../lib/announce';
import { readVoteTimes, toLocalInput } from '../lib/countdown';
import { formatInstant } from '../lib/format';
import { BALLOT_LIST_WORDS, THRESHOLD_WORDS, type BallotListKind, type Guideline, type Threshold, type Vote, type VoteKind, type VoteRules } from '../lib/governance';
import { groupFieldErrors } from '../lib/problem';
import { navigate } from '../lib/router';
import { ProblemNotice } from './Status';
import { sendGov } from '../lib/governance-api';
import { useSubmission } from '../lib/submission';

const WEEK_MS = 7 * 24 * 3600_000;

/**
 * A steward opens a vote on a guideline: to adopt its frozen revision, or to repeal the adopted
 * one. The vote opens at once, or at a later time it is scheduled for; its electorate is every
 * member at the moment it opens.
 */
export function OpenVoteForm({ guideline, onCancel }: { guideline: Guideline; onCancel: () => void }) {
  const kind: VoteKind = guideline.state === 'adopted' ? 'repeal' : 'adopt';
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState(() => toLocalInput(Date.now() + WEEK_MS));
  const [quorum, setQuorum] = useState('50');
  const [threshold, setThreshold] = useState<Threshold>('simple');
  const [ballotList, setBallotList] = useState<BallotListKind>('pseudonymous');
  const { busy, error, setError, run } = useSubmission();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = { ...groupFieldErrors(error?.problem.errors), ...localErrors };
  const revision = kind === 'adopt' ? guideline.current.number : (guideline.inForce?.revision ?? guideline.current.number);

  useEffect(() => {
    document.getElementById('field-opensAt')?.focus();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const times = readVoteTimes(opensAt, closesAt);
    const local: Record<string, string> = { ...times.errors };
    if (!/^\d{1,3}$/.test(quorum.trim()) || Number(quorum) > 100) local.quorum = 'Enter a whole percentage from 0 to 100.';
    setLocalErrors(local);
    if (Object.keys(local).length) {
      setError(null);
      const first = ['opensAt', 'closesAt', 'quorum'].find((field) => local[field]) ?? 'quorum';
      document.getElementById(`field-${first}`)?.focus();
      return;
    }
    await run(async () => {
      const rules: VoteRules = { guidelineId: guideline.id, kind, closesAt: times.closesAt!, quorum: Number(quorum), threshold, ballotList };
      if (times.opensAt) rules.opensAt = times.opensAt;
      const vote = await sendGov<Vote>('POST', '/votes', rules);
      navigate(`/votes/${vote.body.id}`);
      flash(vote.body.state === 'scheduled' ? `The vote is scheduled; it opens ${formatInstant(vote.body.opensAt)}.` : 'The vote is open.');
    });
  }

  const known = ['opensAt', 'closesAt', 'quorum', 'threshold', 'ballotList'];
  const other = error && !Object.keys(errors).some((field) => known.includes(field));
  return (
    <section class="open-vote" aria-labelledby="open-vote-heading">
      <h2 id="open-vote-heading">Open a vote</h2>
      <p>
        {kind === 'adopt'
          ? `The vote asks the members whether to adopt revision ${revision}, the frozen text.`
          : `The vote asks the members whether to repeal revision ${revision}, the text in force.`}{' '}
        It opens at once, or at the time you set; every member at the moment it opens may vote, and may change their ballot until it
        closes.
      </p>
      <form class="record-form open-vote-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          name="opensAt"
          label="Opens at"
          type="datetime-local"
          step={1}
          hint="Leave empty to open the vote now. Your local date and time; before the closing time."
          value={opensAt}
          onInput={setOpensAt}
          error={errors.opensAt}
        />
        <TextField
          name="closesAt"
          label="Closes at"
          type="datetime-local"
          step={1}
          hint="Your local date and time; at least a minute after the vote opens and at most 90 days from now."
          required
          value={closesAt}
          onInput={setClosesAt}
          error={errors.closesAt}
        />
        <TextField
          name="quorum"
          label="Quorum (%)"
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          narrow
          hint="The share of the electorate that must cast a ballot; abstentions count."
          value={quorum}
          onInput={setQuorum}
          error={errors.quorum}
        />
        <SelectField
          name="threshold"
          label="Threshold"
          value={threshold}
          onChange={(value) => setThreshold(value as Threshold)}
          choices={(['simple', 'two-thirds'] as const).map((value) => ({ value, label: THRESHOLD_WORDS[value] }))}
          error={errors.threshold}
        />
        <SelectField
          name="ballotList"
          label="Ballot list"
          hint="After the close every ballot is published with its receipt, so anyone can recount."
          value={ballotList}
          onChange={(value) => setBallotList(value as BallotListKind)}
          choices={(['pseudonymous', 'named'] as const).map((value) => ({ value, label: BALLOT_LIST_WORDS[value] }))}
          error={errors.ballotList}
        />
        {other && <ProblemNotice error={error} />}
        <div class="form-actions">
          <button type="submit" class="button primary" id="open-vote-submit" aria-disabled={busy ? 'true' : undefined}>
            Open the vote
          </button>
          <button type="button" class="button secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
