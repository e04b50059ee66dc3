import { describe, expect, it } from 'vitest';
import { importFinishedMessage, importProgress, isActive, percentOf } from './progress';
import type { ImportView } from './types';

describe('import progress', () => {
  it('counts files done out of all', () => {
    expect(importProgress({ state: 'RUNNING', totalFiles: 300, processedFiles: 120 })).toEqual({
      value: 120,
      max: 300,
      percent: 40,
      text: '120 of 300 files (40%)',
    });
    expect(importProgress({ state: 'COMPLETED', totalFiles: 1, processedFiles: 1 }).text).toBe('1 of 1 file (100%)');
  });

  it('is indeterminate until the files are counted', () => {
    expect(importProgress({ state: 'QUEUED', totalFiles: null, processedFiles: 0 })).toEqual({ text: 'Waiting to start' });
    expect(importProgress({ state: 'RUNNING', totalFiles: null, processedFiles: 3 })).toEqual({ text: 'Counting files…' });
  });

  it('never shows more than all, or less than nothing', () => {
    expect(importProgress({ state: 'RUNNING', totalFiles: 10, processedFiles: 12 }).value).toBe(10);
    expect(importProgress({ state: 'RUNNING', totalFiles: 10, processedFiles: -1 }).value).toBe(0);
    expect(importProgress({ state: 'COMPLETED', totalFiles: 0, processedFiles: 0 })).toEqual({
      value: 0,
      max: 1,
      percent: 100,
      text: 'The import held no files',
    });
  });

  it('rounds percentages so that only done is 100%', () => {
    expect(percentOf(299, 300)).toBe(99);
    expect(percentOf(300, 300)).toBe(100);
    expect(percentOf(1, 1000)).toBe(1);
    expect(percentOf(0, 1000)).toBe(0);
    expect(percentOf(5, 0)).toBe(0);
  });

  it('keeps asking only while queued or running', () => {
    expect(isActive('QUEUED')).toBe(true);
    expect(isActive('RUNNING')).toBe(true);
    expect(isActive('COMPLETED')).toBe(false);
    expect(isActive('INTERRUPTED')).toBe(false);
  });

  it('sums up a finished import', () => {
    const view = { state: 'COMPLETED', imported: 40, duplicates: 2, merged: 1, rejected: 3, processedFiles: 46 } as ImportView;
    expect(importFinishedMessage(view)).toBe('Import finished: 40 imported, 2 duplicate, 1 merged, 3 rejected.');
    expect(importFinishedMessage({ ...view, state: 'FAILED', failure: 'the zip is corrupt' })).toBe('Import failed: the zip is corrupt');
    expect(importFinishedMessage({ ...view, state: 'INTERRUPTED' })).toBe('Import interrupted after 46 files; it can be resumed.');
  });
});
