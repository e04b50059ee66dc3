/** The time left until a vote opens or closes, in words that change once a second. */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function unit(n: number, singular: string): string {
  return `${n} ${singular}${n === 1 ? '' : 's'}`;
}

/** Milliseconds from `now` until `closesAt` (an ISO instant); 0 once it has passed or cannot be read. */
export function remainingMs(closesAt: string, now: number): number {
  const end = Date.parse(closesAt);
  if (Number.isNaN(end)) return 0;
  return Math.max(0, end - now);
}

/**
 * "2 days 3 hours", "3 hours 4 minutes", "4 minutes 5 seconds", "35 seconds", "0 seconds":
 * the two largest units, rounded up to the second so the countdown shows 0 only when time is up.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND)) * SECOND;
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const seconds = Math.floor((total % MINUTE) / SECOND);
  if (days > 0) return hours ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return minutes ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  if (minutes > 0) return seconds ? `${unit(minutes, 'minute')} ${unit(seconds, 'second')}` : unit(minutes, 'minute');
  return unit(seconds, 'second');
}

/** A `<time datetime>` duration for the same span: `PT4M5S`, `P2DT3H`. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : days ? '' : 'T0S'}`;
}

/**
 * How long to wait before asking the server about a vote again, until an instant it is waiting
 * for (an open vote's closing time, a scheduled vote's opening time): every second once that time
 * has passed (the server acts on its own clock), otherwise until then, but at least every
 * `refreshMs` so the turnout stays current.
 */
export function nextPollMs(closesAt: string, now: number, refreshMs = 15 * SECOND): number {
  const left = remainingMs(closesAt, now);
  if (left === 0) return SECOND;
  return Math.max(SECOND, Math.min(refreshMs, left));
}

/**
 * When to ask about a vote again, or null when it will not change: a scheduled vote until it opens
 * (or, failing to open in time, closes), an open one until it closes; a closed vote is final.
 */
export function nextVotePollMs(vote: { state: string; opensAt?: string | null; closesAt: string }, now: number, refreshMs = 15 * SECOND): number | null {
  if (vote.state === 'scheduled') return nextPollMs(vote.opensAt ?? '', now, refreshMs);
  if (vote.state === 'open') return nextPollMs(vote.closesAt, now, refreshMs);
  return null;
}

/** What a scheduled vote's clock says once its opening time has passed, until the server opens it. */
export const OPENING_NOW = 'The opening time has come; the vote is opening…';

/**
 * The value of a `datetime-local` input for an instant, in the reader's time zone (seconds
 * included): what "Closes at" starts with.
 */
export function toLocalInput(instant: number): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * The vote form's times, read: the closing instant, and the opening one when given (empty means
 * "open now", so it is left out of the request), with an error for each field that is not right.
 * An opening time in the past is sent as it is (the vote then opens at once).
 */
export function readVoteTimes(opensAtInput: string, closesAtInput: string): { opensAt?: string; closesAt?: string; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const closesAt = fromLocalInput(closesAtInput) ?? undefined;
  if (!closesAt) errors.closesAt = 'Enter the date and time the vote closes.';
  let opensAt: string | undefined;
  if (opensAtInput.trim()) {
    opensAt = fromLocalInput(opensAtInput) ?? undefined;
    if (!opensAt) errors.opensAt = 'Enter the date and time the vote opens, or leave it empty to open the vote now.';
    else if (closesAt && Date.parse(opensAt) >= Date.parse(closesAt)) errors.opensAt = 'The vote must open before it closes.';
  }
  return { opensAt, closesAt, errors };
}

/** A `datetime-local` value (local time) as an ISO-8601 instant, or null when it is not one. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value.trim())) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
