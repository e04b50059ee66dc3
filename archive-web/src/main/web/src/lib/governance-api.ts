import { getJson, sendJson, type Fetched } from './api';
import { normaliseCodes } from './governance';

/**
 * The API client for the governance calls. The API writes enum values in capitals (`TWO_THIRDS`),
 * the pages in the contract's lower case (`two-thirds`): answers are normalised on the way in,
 * requests (bodies and the `state` filter) turned back on the way out.
 */

export async function getGov<T>(path: string, signal?: AbortSignal): Promise<Fetched<T>> {
  const fetched = await getJson<T>(apiQuery(path), signal);
  return { ...fetched, body: normaliseCodes(fetched.body) };
}

export async function sendGov<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, ifMatch?: string | null): Promise<Fetched<T>> {
  const fetched = await sendJson<T>(method, path, apiCodes(body), ifMatch);
  return { ...fetched, body: normaliseCodes(fetched.body) };
}

/** Request fields whose values are enum codes. */
const REQUEST_ENUMS = new Set(['kind', 'threshold', 'ballotList', 'choice']);

/** An enum code as the API writes it: `two-thirds` → `TWO_THIRDS`. */
export function apiCode(value: string): string {
  return value.toUpperCase().replace(/-/g, '_');
}

/** A request body with its enum fields in the API's form; everything else untouched. */
export function apiCodes(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    result[name] = REQUEST_ENUMS.has(name) && typeof value === 'string' ? apiCode(value) : value;
  }
  return result;
}

/** A path with its `state` filter in the API's form: `?state=draft` → `?state=DRAFT`. */
export function apiQuery(path: string): string {
  return path.replace(/([?&]state=)([a-z-]+)/, (_, prefix: string, state: string) => prefix + apiCode(state));
}
