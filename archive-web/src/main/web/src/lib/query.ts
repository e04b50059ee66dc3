/**
 * List state (page, sort, search text) lives in the address, so every list view can be shared and
 * bookmarked. Page numbers in addresses count from 1, as people do; the API counts from 0.
 */

export type QueryValue = string | number | boolean | null | undefined;

/** The 1-based page an address asks for; anything that is not a positive whole number is page 1. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('page');
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/** The sort an address asks for, if the list offers it, else the list's default. */
export function readSort<S extends string>(params: URLSearchParams, offered: readonly S[], fallback: S): S {
  const raw = params.get('sort');
  return offered.find((option) => option === raw) ?? fallback;
}

/** A text parameter, trimmed; empty when absent. */
export function readText(params: URLSearchParams, name: string): string {
  return (params.get(name) ?? '').trim();
}

/** A positive id parameter, or undefined when absent or malformed. */
export function readId(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  return raw && /^[1-9]\d{0,17}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * The address of `path` with the current parameters changed. A parameter set to empty, to null or
 * to its default is left out, so addresses stay short and each state has one address. Changing
 * anything but the page goes back to page 1.
 */
export function hrefWith(
  path: string,
  current: URLSearchParams,
  changes: Record<string, QueryValue>,
  defaults: Record<string, string> = {},
): string {
  const next = new URLSearchParams(current);
  if (!('page' in changes)) next.delete('page');
  for (const [name, value] of Object.entries(changes)) {
    const text = value === null || value === undefined ? '' : String(value);
    if (text === '' || text === defaults[name] || (name === 'page' && text === '1')) {
      next.delete(name);
    } else {
      next.set(name, text);
    }
  }
  next.sort();
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}

/** An API path with query parameters; empty values are left out. */
export function apiPath(path: string, params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The API's 0-based page for a 1-based page from the address. */
export function apiPage(page: number): number {
  return Math.max(0, page - 1);
}

/**
 * Where to go back to after signing in: a path of this site, never another origin (a `//host`
 * or `/\host` path would leave it), falling back to the home page.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value.startsWith('/auth/') ? '/' : value;
}
