import { useEffect, useState } from 'preact/hooks';
import { getJson } from './api';
import type { Kind } from './kinds';
import type { ApiError } from './problem';

/**
 * Names for record ids that the revision history mentions (composerIds, workIds, parentId), so a
 * change reads "Fanny Hensel; Clara Schumann" rather than "12; 15". Names already on the page are
 * seeded; others are looked up once per page load and remembered.
 */

const cache = new Map<string, string>();
const MAX_LOOKUPS = 40;

function nameKey(kind: Kind, id: number): string {
  return `${kind}/${id}`;
}

/** Remembers names the page already has (a work's composers, a collection's works). */
export function rememberNames(kind: Kind, refs: ReadonlyArray<{ id: number; name?: string; title?: string }>): void {
  for (const ref of refs) {
    const name = ref.name ?? ref.title;
    if (name) cache.set(nameKey(kind, ref.id), name);
  }
}

/** The names of the given records, as far as they are known; re-renders as lookups finish. */
export function useNames(wanted: ReadonlyArray<readonly [Kind, number]>): (kind: Kind, id: number) => string {
  const [, setVersion] = useState(0);
  const signature = wanted.map(([kind, id]) => nameKey(kind, id)).join(',');

  useEffect(() => {
    const missing = [...new Set(wanted.map(([kind, id]) => nameKey(kind, id)))].filter((key) => !cache.has(key)).slice(0, MAX_LOOKUPS);
    if (!missing.length) return;
    const controller = new AbortController();
    Promise.all(
      missing.map((key) =>
        getJson<{ name?: string; title?: string }>(`/${key}`, controller.signal).then(
          ({ body }) => cache.set(key, body.name ?? body.title ?? `#${key.split('/')[1]}`),
          (error: ApiError) => {
            if (controller.signal.aborted) return;
            const id = key.split('/')[1];
            cache.set(key, error.status === 410 ? `#${id} (withdrawn)` : `#${id}`);
          },
        ),
      ),
    ).then(() => {
      if (!controller.signal.aborted) setVersion((n) => n + 1);
    });
    return () => controller.abort();
  }, [signature]);

  return (kind, id) => cache.get(nameKey(kind, id)) ?? `#${id}`;
}
