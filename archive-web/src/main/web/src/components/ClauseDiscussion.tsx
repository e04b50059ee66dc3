import { useEffect, useRef, useState } from 'preact/hooks';
import { TextArea } from '../forms/fields';
import { announce, flash } from '../lib/announce';
import { wordDiff } from '../lib/diff';
import { formatInstant } from '../lib/format';
import { keyId, type Amendment, type Clause, type Comment, type Guideline } from '../lib/governance';
import { ApiError, groupFieldErrors } from '../lib/problem';
import { Dialog } from './Dialog';
import { ProblemNotice } from './Status';
import { WordChanges } from './WordChanges';
import { sendGov } from '../lib/governance-api';
import { useSubmission } from '../lib/submission';

/**
 * What members say about one clause, shown under it: amendment proposals (with what they would
 * change, and for the author or a steward the buttons to accept or reject them) and comments in
 * threads one level deep, with the forms to add either.
 */

/** Which form is open on the page: one at a time, so its fields' labels are unique on the page. */
export type OpenForm = { kind: 'amend' | 'comment'; clauseKey: string } | { kind: 'reply'; clauseKey: string; parentId: number } | null;

export interface DiscussionProps {
  guideline: Guideline;
  clause: Clause;
  amendments: Amendment[];
  comments: Comment[];
  /** A signed-in member: may comment and propose. */
  member: boolean;
  /** The author or a steward: may accept and reject amendments. */
  canDecide: boolean;
  openForm: OpenForm;
  setOpenForm: (form: OpenForm) => void;
  /** After a comment or amendment was added or decided. */
  onDiscussionChanged: () => void;
  /** After an acceptance made a new revision. */
  onGuidelineChanged: (guideline: Guideline) => void;
}

export function ClauseDiscussion(props: DiscussionProps) {
  const { guideline, clause, amendments, comments, member, openForm, setOpenForm } = props;
  const key = String(clause.key);
  const id = keyId(clause.key);
  const draft = guideline.state === 'draft';
  const proposed = amendments.filter((amendment) => amendment.state === 'proposed');
  const decided = amendments.filter((amendment) => amendment.state !== 'proposed');
  const topLevel = comments.filter((comment) => !comment.parentId);
  const repliesTo = (parent: number) => comments.filter((comment) => comment.parentId === parent);
  const amendOpen = openForm?.kind === 'amend' && openForm.clauseKey === key;
  const commentOpen = openForm?.kind === 'comment' && openForm.clauseKey === key;

  return (
    <div class="clause-discussion">
      {amendments.length > 0 && (
        <section class="amendments" aria-labelledby={`amendments-${id}`}>
          <h4 id={`amendments-${id}`}>
            Amendments to clause {clause.number} ({proposed.length} proposed{decided.length ? `, ${decided.length} decided` : ''})
          </h4>
          <ol class="amendment-list">
            {[...proposed, ...decided].map((amendment) => (
              <AmendmentItem key={amendment.id} amendment={amendment} {...props} />
            ))}
          </ol>
        </section>
      )}
      {comments.length > 0 && (
        <section class="comments" aria-labelledby={`comments-${id}`}>
          <h4 id={`comments-${id}`}>Comments on clause {clause.number} ({comments.length})</h4>
          <ul class="comment-list">
            {topLevel.map((comment) => (
              <li key={comment.id} class="comment-thread">
                <CommentBody comment={comment} current={guideline.current.number} />
                {repliesTo(comment.id).length > 0 && (
                  <ul class="replies" aria-label={`Replies to ${comment.author}`}>
                    {repliesTo(comment.id).map((reply) => (
                      <li key={reply.id}>
                        <CommentBody comment={reply} current={guideline.current.number} />
                      </li>
                    ))}
                  </ul>
                )}
                {member && (
                  <ReplyArea
                    {...props}
                    parent={comment}
                    open={openForm?.kind === 'reply' && openForm.parentId === comment.id}
                    onOpen={() => setOpenForm({ kind: 'reply', clauseKey: key, parentId: comment.id })}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {member && (
        <div class="clause-actions">
          {draft && (
            <ToggleButton id={`propose-${id}`} open={amendOpen} onOpen={() => setOpenForm({ kind: 'amend', clauseKey: key })} label={`Propose an amendment to clause ${clause.number}`}>
              Propose an amendment
            </ToggleButton>
          )}
          <ToggleButton id={`comment-${id}`} open={commentOpen} onOpen={() => setOpenForm({ kind: 'comment', clauseKey: key })} label={`Comment on clause ${clause.number}`}>
            Comment
          </ToggleButton>
        </div>
      )}
      {amendOpen && <AmendForm {...props} returnTo={`propose-${id}`} />}
      {commentOpen && <CommentForm {...props} returnTo={`comment-${id}`} />}
    </div>
  );
}

function ToggleButton({ id, open, onOpen, label, children }: { id: string; open: boolean; onOpen: () => void; label: string; children: string }) {
  return (
    <button type="button" class="button secondary small" id={id} aria-expanded={open ? 'true' : 'false'} aria-label={label} onClick={onOpen} disabled={open}>
      {children}
    </button>
  );
}

function CommentBody({ comment, current }: { comment: Comment; current: number }) {
  return (
    <article class="comment" id={`comment-${comment.id}`} data-comment-id={comment.id}>
      <p class="record-meta">
        <span class="comment-author">{comment.author}</span>
        <span>{formatInstant(comment.createdAt)}</span>
        {comment.revision !== current && <span>on revision {comment.revision}</span>}
      </p>
      <p class="comment-body">{comment.body}</p>
    </article>
  );
}

function ReplyArea(props: DiscussionProps & { parent: Comment; open: boolean; onOpen: () => void }) {
  const { parent, open, onOpen } = props;
  const buttonId = `reply-${parent.id}`;
  return (
    <>
      <button
        type="button"
        class="button small reply-button"
        id={buttonId}
        aria-expanded={open ? 'true' : 'false'}
        aria-label={`Reply to ${parent.author}`}
        onClick={onOpen}
        disabled={open}
      >
        Reply
      </button>
      {open && <CommentForm {...props} parentId={parent.id} returnTo={buttonId} />}
    </>
  );
}

/** Moves focus to the first field of a form when it opens. */
function useFocusOnOpen(id: string) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
}

/** After a form closes, focus goes back to the button that opened it (or the clause). */
function refocus(id: string, fallback: string) {
  window.setTimeout(() => (document.getElementById(id) ?? document.getElementById(fallback))?.focus(), 0);
}

function CommentForm(props: DiscussionProps & { parentId?: number; returnTo: string }) {
  const { guideline, clause, parentId, returnTo, setOpenForm, onDiscussionChanged } = props;
  const [body, setBody] = useState('');
  const { busy, error, run } = useSubmission();
  const reply = parentId !== undefined;
  useFocusOnOpen('field-comment-body');
  const errors = groupFieldErrors(error?.problem.errors);

  async function submit(event: Event) {
    event.preventDefault();
    await run(async () => {
      const request: Record<string, unknown> = { clauseKey: clause.key, body };
      if (reply) request.parentId = parentId;
      await sendGov('POST', `/guidelines/${guideline.id}/comments`, request);
      setOpenForm(null);
      onDiscussionChanged();
      announce(reply ? 'Reply posted.' : 'Comment posted.');
      refocus(returnTo, `clause-${keyId(clause.key)}`);
    });
  }

  return (
    <form class="discussion-form comment-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextArea
        name="comment-body"
        label={reply ? 'Your reply' : 'Your comment'}
        hint={reply ? undefined : `On clause ${clause.number}. At most 5,000 characters.`}
        required
        rows={4}
        value={body}
        onInput={setBody}
        error={errors.body}
      />
      {error && !errors.body && <ProblemNotice error={error} />}
      <DiscussionFormActions submitLabel={reply ? 'Post reply' : 'Post comment'} busy={busy} onCancel={() => {
        setOpenForm(null);
        refocus(returnTo, `clause-${keyId(clause.key)}`);
      }} />
    </form>
  );
}

function AmendForm(props: DiscussionProps & { returnTo: string }) {
  const { guideline, clause, returnTo, setOpenForm, onDiscussionChanged } = props;
  const [text, setText] = useState(clause.text);
  const [rationale, setRationale] = useState('');
  const { busy, error, run } = useSubmission();
  useFocusOnOpen('field-amendment-text');
  const errors = groupFieldErrors(error?.problem.errors);

  async function submit(event: Event) {
    event.preventDefault();
    await run(async () => {
      await sendGov('POST', `/guidelines/${guideline.id}/amendments`, { clauseKey: clause.key, text, rationale });
      setOpenForm(null);
      onDiscussionChanged();
      flash(`Amendment to clause ${clause.number} proposed.`);
      refocus(returnTo, `clause-${keyId(clause.key)}`);
    });
  }

  const changes = wordDiff(clause.text, text);
  return (
    <form class="discussion-form amend-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextArea
        name="amendment-text"
        label="Proposed text"
        hint={`The whole of clause ${clause.number} as you propose it should read. At most 5,000 characters.`}
        required
        rows={5}
        value={text}
        onInput={setText}
        error={errors.text}
      />
      {text.trim() !== clause.text.trim() && (
        <div class="amendment-preview">
          <p class="hint">Your changes to the current text:</p>
          <p class="diff-text">
            <WordChanges words={changes} />
          </p>
        </div>
      )}
      <TextArea
        name="amendment-rationale"
        label="Rationale"
        hint="Why the clause should change. At most 5,000 characters."
        required
        rows={3}
        value={rationale}
        onInput={setRationale}
        error={errors.rationale}
      />
      {error && !errors.text && !errors.rationale && <ProblemNotice error={error} />}
      <DiscussionFormActions submitLabel="Propose amendment" busy={busy} onCancel={() => {
        setOpenForm(null);
        refocus(returnTo, `clause-${keyId(clause.key)}`);
      }} />
    </form>
  );
}

/** A discussion form's submit button and the Cancel that closes the form. */
function DiscussionFormActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  return (
    <div class="form-actions">
      <button type="submit" class="button primary" aria-disabled={busy ? 'true' : undefined}>
        {submitLabel}
      </button>
      <button type="button" class="button secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function AmendmentItem(props: DiscussionProps & { amendment: Amendment }) {
  const { amendment, clause, guideline, canDecide, onDiscussionChanged, onGuidelineChanged } = props;
  const { busy, error, run } = useSubmission();
  const [rejecting, setRejecting] = useState(false);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const open = amendment.state === 'proposed';
  const who = `${amendment.proposer}’s amendment to clause ${clause.number}`;

  async function accept() {
    await run(async () => {
      const changed = await sendGov<Guideline>('POST', `/guidelines/${guideline.id}/amendments/${amendment.id}/acceptance`);
      onGuidelineChanged(changed.body);
      onDiscussionChanged();
      flash(`Amendment accepted: clause ${clause.number} now reads as proposed, in revision ${changed.body.current.number}.`);
    });
  }

  return (
    <li class={`amendment amendment-${amendment.state}`} id={`amendment-${amendment.id}`} data-amendment-id={amendment.id} data-state={amendment.state}>
      <p class="record-meta">
        <span class="amendment-proposer">Proposed by {amendment.proposer}</span>
        <span>on revision {amendment.revision}</span>
        <span class={`badge badge-amendment-${amendment.state}`}>{amendment.state === 'proposed' ? 'Proposed' : amendment.state === 'accepted' ? 'Accepted' : 'Rejected'}</span>
      </p>
      <dl class="amendment-details">
        <div>
          <dt>Proposed text</dt>
          <dd class="amendment-text">{amendment.text}</dd>
        </div>
        {open && (
          <div>
            <dt>Compared with the current text</dt>
            <dd class="diff-text">
              {amendment.text.trim() === clause.text.trim() ? <span class="hint">The same as the current text.</span> : <WordChanges words={wordDiff(clause.text, amendment.text)} />}
            </dd>
          </div>
        )}
        {amendment.rationale && (
          <div>
            <dt>Rationale</dt>
            <dd class="amendment-rationale">{amendment.rationale}</dd>
          </div>
        )}
        {amendment.state !== 'proposed' && (
          <div>
            <dt>Decision</dt>
            <dd>
              {amendment.state === 'accepted' ? 'Accepted' : 'Rejected'}
              {amendment.decidedBy ? ` by ${amendment.decidedBy}` : ''}
              {amendment.decidedAt ? ` on ${formatInstant(amendment.decidedAt)}` : ''}
              {amendment.resultingRevision ? `, making revision ${amendment.resultingRevision}` : ''}
              {amendment.reason ? `. Reason: ${amendment.reason}` : '.'}
            </dd>
          </div>
        )}
      </dl>
      {open && canDecide && (
        <div class="amendment-buttons" role="group" aria-label={`Decide on ${who}`}>
          {guideline.state === 'draft' && (
            <button
              type="button"
              class="button primary"
              id={`amendment-${amendment.id}-accept`}
              aria-label={`Accept ${who}`}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => void accept()}
            >
              Accept
            </button>
          )}
          <button
            type="button"
            class="button danger"
            id={`amendment-${amendment.id}-reject`}
            ref={rejectButton}
            aria-label={`Reject ${who}`}
            onClick={() => setRejecting(true)}
          >
            Reject
          </button>
        </div>
      )}
      {error && <ProblemNotice error={error} />}
      {open && canDecide && (
        <RejectDialog
          open={rejecting}
          who={who}
          path={`/guidelines/${guideline.id}/amendments/${amendment.id}/rejection`}
          onClose={() => setRejecting(false)}
          onRejected={() => {
            setRejecting(false);
            onDiscussionChanged();
            flash(`Amendment to clause ${clause.number} rejected.`);
          }}
          returnFocus={() => document.getElementById(`clause-${keyId(clause.key)}`)}
        />
      )}
    </li>
  );
}

function RejectDialog({
  open,
  who,
  path,
  onClose,
  onRejected,
  returnFocus,
}: {
  open: boolean;
  who: string;
  path: string;
  onClose: () => void;
  onRejected: () => void;
  returnFocus: () => HTMLElement | null;
}) {
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useSubmission();
  const errors = groupFieldErrors(error?.problem.errors);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!reason.trim()) {
      // Said here at once rather than after a round trip: the API requires a reason too.
      setError(new ApiError({ title: 'Invalid request', status: 400, errors: [{ field: 'reason', message: 'give the reason for rejecting the amendment' }] }));
      document.getElementById('field-reason')?.focus();
      return;
    }
    await run(async () => {
      await sendGov('POST', path, { reason });
      setReason('');
      onRejected();
    });
  }

  return (
    <Dialog open={open} title="Reject this amendment" onClose={onClose} returnFocus={returnFocus}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>You are rejecting {who}. The proposer and every reader will see the reason.</p>
        <TextArea name="reason" label="Reason" required value={reason} onInput={setReason} rows={3} error={errors.reason} />
        {error && !errors.reason && <ProblemNotice error={error} />}
        <div class="form-actions">
          <button type="submit" class="button danger" aria-disabled={busy ? 'true' : undefined}>
            Reject amendment
          </button>
          <button type="button" class="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
