import { importProgress } from '../lib/progress';
import type { ImportView } from '../lib/types';

/**
 * An import's progress bar with the count beside it ("120 of 300 files (40%)"); indeterminate
 * while the files are still being counted.
 */
export function ImportBar({ view, labelled = 'Import progress', id }: { view: ImportView; labelled?: string; id?: string }) {
  const progress = importProgress(view);
  return (
    <div class="import-bar">
      <progress id={id} aria-label={labelled} max={progress.max} value={progress.value} aria-valuetext={progress.text} />
      <span class="import-bar-text">{progress.text}</span>
    </div>
  );
}
