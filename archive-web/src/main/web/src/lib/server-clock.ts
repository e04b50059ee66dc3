/**
 * The server's clock, as far as this page can tell. Votes open and close on the server's clock: a
 * browser whose own clock is off would count down to the wrong moment, and say a vote had closed
 * while it still took ballots. Every API answer's `Date` header updates the offset.
 */

/**
 * The header has whole seconds and the answer spends time on the wire, so smaller offsets cannot be
 * told from none and are taken as none: the countdown then follows this browser's clock smoothly.
 */
const TOLERANCE_MS = 2000;

let offsetMs = 0;

/** Learns the offset from an answer's `Date` header, received at `receivedAt` on this browser's clock. */
export function noteServerDate(date: string | null, receivedAt: number): void {
  if (!date) return;
  const sent = Date.parse(date);
  if (Number.isNaN(sent)) return;
  // The header drops the milliseconds: on average the server's time was half a second later.
  const offset = sent + 500 - receivedAt;
  offsetMs = Math.abs(offset) < TOLERANCE_MS ? 0 : offset;
}

/** Now, in milliseconds since the epoch, on the server's clock. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}
