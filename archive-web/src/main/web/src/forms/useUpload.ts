import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../lib/announce';
import { asApiError, isAbort, uploadFile, type Upload } from '../lib/api';
import { percentOf } from '../lib/progress';
import type { ApiError } from '../lib/problem';

export interface UploadState<T> {
  sending: boolean;
  /** Whole percent of the bytes sent so far. */
  percent: number;
  error: ApiError | null;
  /** Sends the file; answers what the API created, or null when it failed or was cancelled. */
  send(path: string, file: File, contentType: string): Promise<T | null>;
  cancel(): void;
  clearError(): void;
}

/** Sending one file at a time, with progress, cancelling, and the failure kept for the form to show. */
export function useUpload<T>(): UploadState<T> {
  const [sending, setSending] = useState(false);
  const [percent, setPercent] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const current = useRef<Upload<T> | null>(null);
  const lastAnnounced = useRef(0);

  useEffect(() => () => current.current?.cancel(), []);

  async function send(path: string, file: File, contentType: string): Promise<T | null> {
    if (current.current) return null;
    setSending(true);
    setPercent(0);
    setError(null);
    lastAnnounced.current = 0;
    announce(`Uploading ${file.name}…`);
    const upload = uploadFile<T>(path, file, contentType, (sent, total) => {
      const done = percentOf(sent, total);
      setPercent(done);
      // Say how far it is at every quarter, not at every step.
      if (done >= lastAnnounced.current + 25 && done < 100) {
        lastAnnounced.current = done - (done % 25);
        announce(`${lastAnnounced.current}% uploaded.`);
      }
    });
    current.current = upload;
    try {
      return (await upload.done).body;
    } catch (thrown) {
      if (isAbort(thrown)) {
        announce('Upload cancelled.');
      } else {
        const failure = asApiError(thrown);
        setError(failure);
        announce(`Not uploaded: ${failure.problem.detail ?? failure.problem.title}`);
      }
      return null;
    } finally {
      current.current = null;
      setSending(false);
    }
  }

  return {
    sending,
    percent,
    error,
    send,
    cancel: () => current.current?.cancel(),
    clearError: () => setError(null),
  };
}
