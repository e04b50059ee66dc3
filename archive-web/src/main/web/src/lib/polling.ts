import { useEffect, useRef, useState } from 'preact/hooks';
import { asApiError, isAbort } from './api';
import type { ApiError } from './problem';

/** Data that is asked for again and again while it may still change (a running import, an audit). */
export interface Polled<T> {
  data?: T;
  /** The last failure; the data from before it stays shown. */
  error?: ApiError;
  /** Asks again now, and keeps asking while `active` says so (after a change such as Resume). */
  reload(): void;
  replace(data: T): void;
}

/**
 * Loads `load` and, while `active(data)` holds, loads it again `intervalMs` after each answer
 * (never two requests at once). A failed request keeps the last data and is retried a little
 * later, so a moment's network trouble does not blank a progress page.
 */
export function usePolled<T>(load: (signal: AbortSignal) => Promise<T>, key: string, active: (data: T) => boolean, intervalMs = 1000): Polled<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError }>({});
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const activeRef = useRef(active);
  activeRef.current = active;

  useEffect(() => {
    const controller = new AbortController();
    let timer = 0;
    let failures = 0;
    const poll = () => {
      loadRef
        .current(controller.signal)
        .then((data) => {
          if (controller.signal.aborted) return;
          failures = 0;
          setState({ data });
          if (activeRef.current(data)) timer = window.setTimeout(poll, intervalMs);
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted || isAbort(error)) return;
          failures++;
          setState((previous) => ({ data: previous.data, error: asApiError(error) }));
          // Retry a few times, more slowly each time, then wait for the reader's "Try again".
          if (failures <= 5) timer = window.setTimeout(poll, intervalMs * 2 ** failures);
        });
    };
    poll();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [key, round]);

  return {
    ...state,
    reload: () => setRound((n) => n + 1),
    replace: (data) => setState({ data }),
  };
}
