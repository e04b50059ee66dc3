import { Fragment } from 'preact';
import { toRuns } from '../lib/diff';
import type { Word } from '../lib/governance';

/**
 * Running text with its insertions and deletions marked: `<ins>` and `<del>` for the eye, and
 * words for screen readers, which mostly do not announce those elements.
 */
export function WordChanges({ words }: { words: readonly Word[] }) {
  return (
    <span class="word-diff">
      {toRuns(words).map((run, index) => (
        <Fragment key={index}>
          {run.spaceBefore && ' '}
          {run.op === 'same' ? (
            run.text
          ) : run.op === 'added' ? (
            <ins>
              <span class="sr-only">[inserted: </span>
              {run.text}
              <span class="sr-only">]</span>
            </ins>
          ) : (
            <del>
              <span class="sr-only">[deleted: </span>
              {run.text}
              <span class="sr-only">]</span>
            </del>
          )}
        </Fragment>
      ))}
    </span>
  );
}
