import type { ImportState, ImportView } from './types';

/** How far an import has come, for its progress bar and the words beside it. */
export interface ImportProgress {
  /** The bar's value and maximum; both undefined while the files are still being counted. */
  value?: number;
  max?: number;
  /** Whole percent done, when known. */
  percent?: number;
  /** "120 of 300 files (40%)", "Counting files…", "Waiting to start". */
  text: string;
}

const ACTIVE: readonly ImportState[] = ['QUEUED', 'RUNNING'];

/** Whether the import may still change (so the page keeps asking). */
export function isActive(state: ImportState): boolean {
  return ACTIVE.includes(state);
}

export function importProgress(view: Pick<ImportView, 'state' | 'totalFiles' | 'processedFiles'>): ImportProgress {
  const total = view.totalFiles;
  if (total === null || total === undefined || total < 0) {
    return { text: view.state === 'QUEUED' ? 'Waiting to start' : view.state === 'RUNNING' ? 'Counting files…' : 'No files counted' };
  }
  const processed = Math.min(Math.max(0, view.processedFiles), total);
  if (total === 0) return { value: 0, max: 1, percent: 100, text: 'The import held no files' };
  const percent = percentOf(processed, total);
  return { value: processed, max: total, percent, text: `${processed.toLocaleString('en-GB')} of ${files(total)} (${percent}%)` };
}

/**
 * Whole percent of a part, rounded down so that 100% means done (299 of 300 is 99%, not 100%),
 * except that any progress at all shows as at least 1%.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  const exact = (100 * Math.min(Math.max(part, 0), whole)) / whole;
  if (exact > 0 && exact < 1) return 1;
  return Math.floor(exact);
}

function files(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'file' : 'files'}`;
}

/** What the import's state means, in words. */
export const STATE_WORDS: Record<ImportState, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  INTERRUPTED: 'Interrupted',
};

/** The sentence announced when an import stops changing. */
export function importFinishedMessage(view: ImportView): string {
  const counts = `${view.imported} imported, ${view.duplicates} duplicate, ${view.merged} merged, ${view.rejected} rejected`;
  switch (view.state) {
    case 'COMPLETED':
      return `Import finished: ${counts}.`;
    case 'FAILED':
      return `Import failed${view.failure ? `: ${view.failure}` : '.'}`;
    case 'INTERRUPTED':
      return `Import interrupted after ${files(view.processedFiles)}; it can be resumed.`;
    default:
      return '';
  }
}
