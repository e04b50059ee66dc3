import { accessToken } from './auth';
import { strongEtag } from './etag';
import { ApiError, networkProblem, parseProblem } from './problem';
import { noteServerDate } from './server-clock';

/**
 * The API client: JSON in and out, the bearer token when signed in, ETags exposed for the
 * If-Match of the next change, and every failure turned into an {@link ApiError}.
 */

export interface Fetched<T> {
  body: T;
  /** The response's strong ETag, to send back in If-Match when changing the record. */
  etag: string | null;
}

interface RequestOptions {
  body?: unknown;
  ifMatch?: string | null;
  signal?: AbortSignal;
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<Fetched<T>> {
  return request<T>('GET', path, { signal });
}

export function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, ifMatch?: string | null): Promise<Fetched<T>> {
  return request<T>(method, path, { body, ifMatch });
}

/** A file's bytes (a score to engrave); failures are ApiErrors like every other call's. */
export async function getBytes(path: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const headers: Record<string, string> = {};
  const token = await accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { headers, signal, credentials: 'omit' });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(networkProblem());
  }
  if (!response.ok) {
    throw new ApiError(parseProblem(response.status, response.statusText, response.headers.get('Content-Type'), await response.text()));
  }
  return response.arrayBuffer();
}

export interface Upload<T> {
  /** Settles with the created resource, or an ApiError (an AbortError when cancelled). */
  done: Promise<Fetched<T>>;
  cancel(): void;
}

/**
 * Sends a file's raw bytes (a score to attach, a zip to import), reporting how much has been sent:
 * fetch cannot tell upload progress, so this uses XMLHttpRequest, with the same headers, answers
 * and errors as {@link sendJson}.
 */
export function uploadFile<T>(path: string, file: Blob, contentType: string, onProgress?: (sent: number, total: number) => void): Upload<T> {
  const xhr = new XMLHttpRequest();
  let cancelled = false;
  const done = (async () => {
    const token = await accessToken();
    return new Promise<Fetched<T>>((resolve, reject) => {
      if (cancelled) {
        reject(new DOMException('The upload was cancelled.', 'AbortError'));
        return;
      }
      xhr.open('POST', `/api${path}`);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('Content-Type', contentType);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
      xhr.onload = () => {
        const text = xhr.responseText;
        if (xhr.status < 200 || xhr.status >= 300) {
          reject(new ApiError(parseProblem(xhr.status, xhr.statusText, xhr.getResponseHeader('Content-Type'), text)));
          return;
        }
        try {
          resolve({ body: (text ? JSON.parse(text) : undefined) as T, etag: strongEtag(xhr.getResponseHeader('ETag')) });
        } catch {
          reject(new ApiError({ title: 'Unreadable answer', status: xhr.status, detail: 'The archive’s answer could not be read.' }));
        }
      };
      xhr.onerror = () => reject(new ApiError(networkProblem()));
      xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
      xhr.send(file);
    });
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      xhr.abort();
    },
  };
}

/** Any thrown value as an ApiError, so pages can show one kind of failure. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    title: 'Something went wrong',
    status: 0,
    detail: error instanceof Error ? error.message : 'An unexpected error occurred.',
  });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function request<T>(method: string, path: string, options: RequestOptions): Promise<Fetched<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = await accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      // Librarians and the public get different bodies under the same ETag; never reuse a cached one.
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(networkProblem());
  }
  noteServerDate(response.headers.get('Date'), Date.now());
  const text = await response.text();
  if (!response.ok) {
    throw new ApiError(parseProblem(response.status, response.statusText, response.headers.get('Content-Type'), text));
  }
  return { body: (text ? JSON.parse(text) : undefined) as T, etag: strongEtag(response.headers.get('ETag')) };
}
