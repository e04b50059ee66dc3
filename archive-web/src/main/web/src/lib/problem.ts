/** RFC 9457 problem details, as every API error is reported, and how the UI reads them. */

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** An API call that did not succeed; carries the problem the server (or the network) reported. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

const FALLBACK_DETAIL: Record<number, string> = {
  401: 'Sign in to do this.',
  403: 'Your account does not have a role that allows this.',
  404: 'There is nothing at this address.',
  410: 'This record has been withdrawn.',
  502: 'The archive is not reachable at the moment. Please try again shortly.',
  503: 'The archive is not available at the moment. Please try again shortly.',
  504: 'The archive took too long to answer. Please try again.',
};

/**
 * The problem an error response describes. Proxies and servlet containers sometimes answer with
 * HTML or nothing at all, so anything that is not a problem document becomes one built from the
 * status code.
 */
export function parseProblem(status: number, statusText: string, contentType: string | null, body: string): Problem {
  if (contentType && /json/i.test(contentType) && body.trim()) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (isRecord(parsed)) {
        return {
          type: text(parsed.type),
          title: text(parsed.title) ?? (statusText || `HTTP ${status}`),
          status: typeof parsed.status === 'number' ? parsed.status : status,
          detail: text(parsed.detail) ?? FALLBACK_DETAIL[status],
          instance: text(parsed.instance),
          errors: fieldErrors(parsed.errors),
        };
      }
    } catch {
      // Not JSON after all: fall through to a problem built from the status.
    }
  }
  return {
    title: statusText || `HTTP ${status}`,
    status,
    detail: FALLBACK_DETAIL[status] ?? `The server answered ${status}${statusText ? ` ${statusText}` : ''}.`,
  };
}

/** The problem for a request that never got an answer. */
export function networkProblem(): Problem {
  return {
    title: 'Network error',
    status: 0,
    detail: 'The archive could not be reached. Check your connection and try again.',
  };
}

/** A field path such as `composerIds[1]` split into the field and the list index. */
export function splitFieldPath(path: string): { field: string; index?: number } {
  const match = /^([^[\]]+)\[(\d+)\]/.exec(path);
  return match ? { field: match[1], index: Number(match[2]) } : { field: path };
}

/**
 * Field errors grouped by the form field they belong to. An error on a list entry names the entry
 * with `entryLabel` ("Line 2", "Fanny Hensel"), so one message per field can say which entry is wrong.
 */
export function groupFieldErrors(
  errors: FieldError[] | undefined,
  entryLabel: (field: string, index: number) => string = (_, index) => `Line ${index + 1}`,
): Record<string, string> {
  const grouped: Record<string, string[]> = {};
  for (const error of errors ?? []) {
    const { field, index } = splitFieldPath(error.field);
    const message = sentence(error.message);
    (grouped[field] ??= []).push(index === undefined ? message : `${entryLabel(field, index)}: ${message}`);
  }
  return Object.fromEntries(Object.entries(grouped).map(([field, messages]) => [field, messages.join(' ')]));
}

/** "a title is required" → "A title is required." */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function fieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const errors = value
    .filter(isRecord)
    .map((entry) => ({ field: text(entry.field) ?? '', message: text(entry.message) ?? '' }))
    .filter((entry) => entry.message);
  return errors.length ? errors : undefined;
}

/**
 * Where an upload's failure belongs on its form: a problem with the rights statement next to the
 * rights field, one about the file (rejected content, a duplicate, too large) next to the file
 * field, and anything else (not signed in, the archive down) in a notice of its own.
 */
export function uploadFieldErrors(problem: Problem): { file?: string; rights?: string; other?: boolean } {
  const result: { file?: string; rights?: string; other?: boolean } = {};
  if (problem.errors?.length) {
    for (const error of problem.errors) {
      const target = /rights/i.test(error.field) ? 'rights' : 'file';
      result[target] = [result[target], sentence(error.message)].filter(Boolean).join(' ');
    }
    return result;
  }
  // The detail often starts with the file's name ("lied.musicxml: …"): shown as the server wrote it.
  const message = problem.detail ?? problem.title;
  if ([400, 409, 413, 415, 422].includes(problem.status)) {
    if (/rights/i.test(message) && !/\.\w+:/.test(message)) return { rights: message };
    return { file: message };
  }
  return { other: true };
}
