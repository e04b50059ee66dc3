import { accessToken } from './auth';
import { strongEtag } from './etag';
import { ApiError, networkProblem, parseProblem } from './problem';

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
  const text = await response.text();
  if (!response.ok) {
    throw new ApiError(parseProblem(response.status, response.statusText, response.headers.get('Content-Type'), text));
  }
  return { body: (text ? JSON.parse(text) : undefined) as T, etag: strongEtag(response.headers.get('ETag')) };
}
