import { useState } from 'preact/hooks';
import { clauseChangeHeading, diffSummary, hasChanges } from '../lib/diff';
import { formatInstant } from '../lib/format';
import { keyId, principleName, type Framework, type Guideline, type GuidelineDiff } from '../lib/governance';
import { apiPath } from '../lib/query';
import { useResource } from '../lib/resource';
import { Loading, ProblemNotice } from './Status';
import { WordChanges } from './WordChanges';
import { getGov } from '../lib/governance-api';

/**
 * A guideline's revisions, newest first (who, when, why, and the hash of frozen ones), and the
 * differences between any two of them: clause by clause, then word by word.
 */
export function GuidelineHistory({ guideline, framework }: { guideline: Guideline; framework?: Framework }) {
  const revisions = [...(guideline.revisions ?? [])].sort((a, b) => b.number - a.number);
  const newest = guideline.current.number;
  const [from, setFrom] = useState(String(Math.max(1, newest - 1)));
  const [to, setTo] = useState(String(newest));
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);

  function compare(a: number, b: number) {
    setFrom(String(a));
    setTo(String(b));
    setShown({ from: a, to: b });
    window.setTimeout(() => document.getElementById('diff-result')?.focus(), 0);
  }

  return (
    <section class="history guideline-history" aria-labelledby="history-heading">
      <h2 id="history-heading">Revisions</h2>
      {revisions.length > 1 && (
        <form
          class="inline-form compare-form"
          aria-label="Compare revisions"
          onSubmit={(event) => {
            event.preventDefault();
            compare(Number(from), Number(to));
          }}
        >
          <RevisionSelect id="diff-from" label="From revision" revisions={revisions} value={from} onChange={setFrom} />
          <RevisionSelect id="diff-to" label="To revision" revisions={revisions} value={to} onChange={setTo} />
          <button type="submit" class="button secondary">
            Compare
          </button>
        </form>
      )}
      {shown && <DiffView key={`${shown.from}-${shown.to}`} guidelineId={guideline.id} from={shown.from} to={shown.to} framework={framework} />}
      <ol class="revisions guideline-revisions">
        {revisions.map((revision) => (
          <li key={revision.number} id={`revision-${revision.number}`} data-revision={revision.number}>
            <h3>
              Revision {revision.number}
              {revision.number === newest ? ' (current)' : ''}
              {guideline.inForce?.revision === revision.number ? ' (in force)' : ''}
            </h3>
            <p class="record-meta">
              <span>{formatInstant(revision.createdAt)}</span>
              <span>by {revision.author}</span>
              {revision.frozen && <span class="badge badge-frozen">Frozen</span>}
            </p>
            {revision.note && <p>Note: {revision.note}</p>}
            {revision.hash && (
              <p class="revision-hash">
                SHA-256: <code class="hash">{revision.hash}</code>
              </p>
            )}
            {revision.number > 1 && (
              <button type="button" class="button small" aria-label={`Changes in revision ${revision.number}`} onClick={() => compare(revision.number - 1, revision.number)}>
                Changes in this revision
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function RevisionSelect(props: { id: string; label: string; revisions: { number: number }[]; value: string; onChange: (value: string) => void }) {
  const { id, label, revisions, value, onChange } = props;
  return (
    <span class="compare-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {revisions.map((revision) => (
          <option key={revision.number} value={String(revision.number)}>
            {revision.number}
          </option>
        ))}
      </select>
    </span>
  );
}

function DiffView({ guidelineId, from, to, framework }: { guidelineId: number; from: number; to: number; framework?: Framework }) {
  const diff = useResource(
    (signal) => getGov<GuidelineDiff>(apiPath(`/guidelines/${guidelineId}/diff`, { from, to }), signal).then((r) => r.body),
    `${guidelineId}/${from}/${to}`,
  );
  const [showUnchanged, setShowUnchanged] = useState(false);
  return (
    <section class="diff" id="diff-result" tabIndex={-1} aria-labelledby="diff-heading" aria-busy={diff.loading ? 'true' : undefined}>
      <h3 id="diff-heading">
        Changes from revision {from} to revision {to}
      </h3>
      {diff.error && <ProblemNotice error={diff.error} />}
      {!diff.data && !diff.error && <Loading what="Comparing…" />}
      {diff.data && <DiffBody diff={diff.data} framework={framework} showUnchanged={showUnchanged} onToggle={() => setShowUnchanged(!showUnchanged)} />}
    </section>
  );
}

function DiffBody({ diff, framework, showUnchanged, onToggle }: { diff: GuidelineDiff; framework?: Framework; showUnchanged: boolean; onToggle: () => void }) {
  const titleChanged = hasChanges(diff.title ?? []);
  const purposeChanged = hasChanges(diff.purpose ?? []);
  const clauses = diff.clauses ?? [];
  const unchanged = clauses.filter((clause) => clause.change === 'unchanged' && (clause.fromNumber ?? null) === (clause.toNumber ?? null));
  const listed = showUnchanged ? clauses : clauses.filter((clause) => !unchanged.includes(clause));
  return (
    <>
      <p class="diff-summary">{diffSummary(clauses, titleChanged || purposeChanged)}</p>
      <p class="hint">
        Inserted words are <ins>underlined in green</ins>, deleted words <del>struck through in red</del>.
      </p>
      {titleChanged && (
        <div class="diff-part">
          <h4>Title</h4>
          <p class="diff-text">
            <WordChanges words={diff.title} />
          </p>
        </div>
      )}
      {purposeChanged && (
        <div class="diff-part">
          <h4>Purpose</h4>
          <p class="diff-text">
            <WordChanges words={diff.purpose} />
          </p>
        </div>
      )}
      <ol class="diff-clauses">
        {listed.map((clause) => (
          <li key={String(clause.key)} class={`diff-clause diff-${clause.change}`} data-change={clause.change} id={`diff-clause-${keyId(clause.key)}`}>
            <h4>{clauseChangeHeading(clause)}</h4>
            <p class="diff-text">
              {clause.change === 'added' ? (
                <WordChanges words={clause.words.map((word) => ({ ...word, op: word.op === 'same' ? 'added' : word.op }))} />
              ) : clause.change === 'removed' ? (
                <WordChanges words={clause.words.map((word) => ({ ...word, op: word.op === 'same' ? 'removed' : word.op }))} />
              ) : (
                <WordChanges words={clause.words} />
              )}
            </p>
            {(clause.principlesAdded?.length ?? 0) > 0 && (
              <p class="diff-principles">
                Principles added: <ins>{clause.principlesAdded!.map((code) => principleName(code, framework)).join('; ')}</ins>
              </p>
            )}
            {(clause.principlesRemoved?.length ?? 0) > 0 && (
              <p class="diff-principles">
                Principles removed: <del>{clause.principlesRemoved!.map((code) => principleName(code, framework)).join('; ')}</del>
              </p>
            )}
          </li>
        ))}
      </ol>
      {unchanged.length > 0 && (
        <p>
          {showUnchanged ? '' : `Unchanged: ${unchanged.length === 1 ? 'clause' : 'clauses'} ${unchanged.map((clause) => clause.toNumber ?? clause.fromNumber).join(', ')}. `}
          <button type="button" class="button small" aria-pressed={showUnchanged ? 'true' : 'false'} onClick={onToggle}>
            Show unchanged clauses
          </button>
        </p>
      )}
    </>
  );
}
