import { formatSimilarity } from '../lib/format';
import { hasSupplied, parseIncipit } from '../lib/incipit';
import type { MelodyHit } from '../lib/types';
import { Incipit, SuppliedLegend } from './Incipit';
import { hitIncipit } from './SearchResults';
import { WithdrawnBadge } from './WithdrawnBadge';
import { WorkFacts } from './WorkList';

/**
 * Works whose incipits contain the melody, most similar first: the matched notes are marked on the
 * staff and said in words, and a match that needs supplied notes says so.
 */
export function MelodyResults({ hits }: { hits: readonly MelodyHit[] }) {
  const anySupplied = hits.some((hit) => hasSupplied(parseIncipit(hitIncipit(hit)) ?? []));
  return (
    <>
      <ol class="record-list melody-results" data-testid="melody-results">
        {hits.map((hit) => (
          <li key={hit.work.id} data-testid="melody-hit">
            <a class="record-title" href={`/works/${hit.work.id}`}>
              {hit.work.title}
            </a>
            {hit.work.withdrawn && <WithdrawnBadge />}
            <span class="badge badge-similarity" data-testid="melody-similarity">
              {formatSimilarity(hit.score)}
            </span>
            {hit.dependsOnSupplied && (
              <span class="badge badge-supplied" data-testid="depends-on-supplied">
                Depends on supplied notes
              </span>
            )}
            <WorkFacts work={hit.work} />
            <Incipit incipit={hitIncipit(hit)} keyText={hit.work.key} compact highlight={{ start: hit.matchStart, end: hit.matchEnd }} />
          </li>
        ))}
      </ol>
      {anySupplied && <SuppliedLegend />}
    </>
  );
}
