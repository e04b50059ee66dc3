/**
 * Finding one's ballot in a published ballot list by its receipt. Receipts are copied and pasted,
 * or typed from a note, so spaces, line breaks, dashes a reader added and letter case are ignored.
 */

/** A receipt as it is compared: without spaces and dashes, in lower case. */
export function normaliseReceipt(text: string): string {
  return text.replace(/[\s\u2010-\u2015-]+/g, '').toLowerCase();
}

/** The index of the ballot whose receipt is `query`, or -1 (also for an empty query). */
export function findReceipt(ballots: readonly { receipt: string }[], query: string): number {
  const wanted = normaliseReceipt(query);
  if (!wanted) return -1;
  return ballots.findIndex((ballot) => normaliseReceipt(ballot.receipt) === wanted);
}
