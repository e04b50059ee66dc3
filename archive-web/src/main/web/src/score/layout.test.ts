import { describe, expect, it } from 'vitest';
import { layoutFor, needsRelayout } from './layout';

describe('score layout', () => {
  it('makes a page as wide as the box and about a screen high', () => {
    expect(layoutFor(960, 900)).toEqual({ scale: 40, pageWidth: 2400, pageHeight: 1913 });
  });

  it('draws smaller on phones', () => {
    expect(layoutFor(360, 640)).toEqual({ scale: 32, pageWidth: 1125, pageHeight: 1700 });
  });

  it('stays within what Verovio accepts', () => {
    const tiny = layoutFor(0, 0);
    expect(tiny.pageWidth).toBeGreaterThanOrEqual(100);
    expect(tiny.pageHeight).toBeGreaterThanOrEqual(100);
    expect(layoutFor(100_000, 100_000).pageHeight).toBe(60_000);
  });

  it('lays out again only for a real change of width', () => {
    expect(needsRelayout(960, 950)).toBe(false);
    expect(needsRelayout(960, 700)).toBe(true);
    expect(needsRelayout(360, 380)).toBe(false);
    expect(needsRelayout(360, 640)).toBe(true);
  });
});
