import { describe, expect, it } from 'vitest';
import { findReceipt, normaliseReceipt } from './receipts';

const ballots = [
  { voter: 'v-1', choice: 'yes', receipt: 'K7QF-2MZP-9XDA' },
  { voter: 'v-2', choice: 'no', receipt: 'b3c9e1d2a4f5' },
];

describe('findReceipt', () => {
  it('finds a receipt typed with other spacing, dashes or case', () => {
    expect(findReceipt(ballots, 'K7QF-2MZP-9XDA')).toBe(0);
    expect(findReceipt(ballots, '  k7qf 2mzp 9xda\n')).toBe(0);
    expect(findReceipt(ballots, 'B3C9E1D2A4F5')).toBe(1);
  });

  it('finds nothing for an empty, partial or unknown receipt', () => {
    expect(findReceipt(ballots, '')).toBe(-1);
    expect(findReceipt(ballots, '   ')).toBe(-1);
    expect(findReceipt(ballots, 'K7QF')).toBe(-1);
    expect(findReceipt(ballots, 'ZZZZ-ZZZZ')).toBe(-1);
  });

  it('normalises what it compares', () => {
    expect(normaliseReceipt(' Ab-C d\u2013E ')).toBe('abcde');
  });
});
