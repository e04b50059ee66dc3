import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from './announce';
import { asApiError, isAbort } from './api';
import type { ApiError } from './problem';

/** Data a page loads, with its loading and error state. */
export interface Resource<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  /** Loads again (after a change made elsewhere, or to retry). */
  reload(): void;
  /** Replaces the data with what a change answered, without loading again. */
  replace(data: T): void;
}

/** Announced only when loading takes long enough for someone to wonder. */
const SLOW_MS = 700;

/**
 * Loads data for a component, again whenever `key` changes. An outdated request is aborted; the
 * previous data stays visible while the next loads, so lists do not flicker between pages.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    const slow = window.setTimeout(() => announce('Loading…'), SLOW_MS);
    loadRef
      .current(controller.signal)
      .then(
        (data) => {
          if (!controller.signal.aborted) setState({ data, loading: false });
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbort(error)) return;
          const problem = asApiError(error);
          setState({ error: problem, loading: false });
          announce(problem.problem.detail ?? problem.problem.title);
        },
      )
      .finally(() => window.clearTimeout(slow));
    return () => {
      window.clearTimeout(slow);
      controller.abort();
    };
  }, [key, attempt]);

  return {
    ...state,
    reload: () => setAttempt((n) => n + 1),
    replace: (data) => setState({ data, loading: false }),
  };
}
