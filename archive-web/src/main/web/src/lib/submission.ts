import { useState } from 'preact/hooks';
import { announce } from './announce';
import { asApiError } from './api';
import type { ApiError } from './problem';

/** One form's or button's call to the API: whether it is running, and what went wrong last. */
export interface Submission {
  busy: boolean;
  error: ApiError | null;
  setError: (error: ApiError | null) => void;
  /**
   * Runs the call unless one is already running; a failure is kept in `error` and announced.
   * Resolves to whether the call succeeded.
   */
  run: (call: () => Promise<void>) => Promise<boolean>;
}

export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function run(call: () => Promise<void>): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setError(null);
    try {
      await call();
      return true;
    } catch (thrown) {
      const failure = asApiError(thrown);
      setError(failure);
      announce(failure.problem.detail ?? failure.problem.title);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}
