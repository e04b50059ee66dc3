import type { Layout } from './protocol';

/**
 * Verovio's page size for the room the page has: a page as wide as the score's box and about a
 * screen high, so "page n of m" means one screenful at a time. Verovio draws pageWidth × scale/100
 * pixels wide; phones get a smaller scale so that a system still holds a bar or two.
 */
export function layoutFor(widthPx: number, viewportHeightPx: number): Layout {
  const width = Math.max(240, Math.round(widthPx));
  const scale = width < 600 ? 32 : 40;
  const height = Math.max(480, Math.round(viewportHeightPx * 0.85));
  return {
    scale,
    pageWidth: clamp(Math.round((width * 100) / scale), 100, 100_000),
    pageHeight: clamp(Math.round((height * 100) / scale), 100, 60_000),
  };
}

/** Whether the score's box changed enough (a rotated phone, a resized window) to lay it out again. */
export function needsRelayout(previousWidthPx: number, widthPx: number): boolean {
  return Math.abs(widthPx - previousWidthPx) > Math.max(24, previousWidthPx * 0.08);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
