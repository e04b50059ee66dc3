import { describe, expect, it } from 'vitest';
import { formatHistoricalDate, humanise, lifeDates } from './format';

describe('catalogue dates', () => {
  it('reads EDTF dates as words', () => {
    expect(formatHistoricalDate('1841')).toBe('1841');
    expect(formatHistoricalDate('1841-03')).toBe('March 1841');
    expect(formatHistoricalDate('1841-03-04')).toBe('4 March 1841');
    expect(formatHistoricalDate('1841~')).toBe('c. 1841');
    expect(formatHistoricalDate('1841?')).toBe('1841?');
    expect(formatHistoricalDate('1835/1837')).toBe('1835–1837');
    expect(formatHistoricalDate('1835-05/1837~')).toBe('May 1835–c. 1837');
  });

  it('shows anything else as written', () => {
    expect(formatHistoricalDate('spring 1841')).toBe('spring 1841');
    expect(formatHistoricalDate('1841-13')).toBe('1841-13');
    expect(formatHistoricalDate(undefined)).toBe('');
  });

  it('writes life dates', () => {
    expect(lifeDates('1805-11-14', '1847-05-14')).toBe('14 November 1805–14 May 1847');
    expect(lifeDates('1760~', undefined)).toBe('born c. 1760');
    expect(lifeDates(undefined, '1847')).toBe('died 1847');
    expect(lifeDates()).toBe('');
  });

  it('humanises constants', () => {
    expect(humanise('MANUSCRIPT')).toBe('Manuscript');
    expect(humanise(undefined)).toBe('');
  });
});
