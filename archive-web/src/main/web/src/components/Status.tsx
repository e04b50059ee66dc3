import type { ComponentChildren } from 'preact';
import type { ApiError } from '../lib/problem';
import { Heading } from './Heading';

/** Shown while a page's data loads. */
export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p class="loading" aria-busy="true">
      {what}
    </p>
  );
}

const HEADINGS: Record<number, string> = {
  0: 'The archive could not be reached',
  401: 'Please sign in',
  403: 'Not allowed',
  404: 'Not found',
  410: 'Withdrawn',
};

/** A whole page that could not be shown: withdrawn, not found, not allowed, or failed. */
export function ErrorPage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const heading = HEADINGS[error.status] ?? 'Something went wrong';
  return (
    <div class={error.status === 410 ? 'withdrawn-page' : undefined}>
      <Heading>{heading}</Heading>
      <ProblemText error={error} />
      {onRetry && error.status !== 404 && error.status !== 410 && error.status !== 403 && (
        <p>
          <button type="button" class="button secondary" onClick={onRetry}>
            Try again
          </button>
        </p>
      )}
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </div>
  );
}

/** A failure inside a page (a side list, an action), announced as an alert. */
export function ProblemNotice({ error, children }: { error: ApiError; children?: ComponentChildren }) {
  return (
    <div class="notice notice-error" role="alert">
      <ProblemText error={error} />
      {children}
    </div>
  );
}

/** What a 401 means to someone using the pages (the API's own detail speaks of bearer tokens). */
const SIGNED_OUT = 'You are not signed in, or your session has ended. Sign in again with the button at the top of the page.';

/** The problem's detail, and for unexpected failures the id to quote when reporting it. */
export function ProblemText({ error }: { error: ApiError }) {
  const { detail, title, instance, status } = error.problem;
  const reportable = status === 0 || status >= 500 || ![400, 401, 403, 404, 409, 410, 412].includes(status);
  return (
    <>
      <p>{status === 401 ? SIGNED_OUT : (detail ?? title)}</p>
      {reportable && instance && (
        <p class="problem-id">
          If this keeps happening, please report the problem id <code>{instance}</code>.
        </p>
      )}
    </>
  );
}
