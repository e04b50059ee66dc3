import { hasSupplied, parseIncipit } from '../lib/incipit';
import { tidyFragments } from '../lib/highlight';
import type { SearchHit } from '../lib/types';
import { Highlighted } from './Highlighted';
import { Incipit, SuppliedLegend } from './Incipit';
import { WithdrawnBadge } from './WithdrawnBadge';
import { WorkFacts } from './WorkList';

/** The incipit a hit shows: the search's own when it sent one (null means none), else the work's. */
export function hitIncipit(hit: { incipit?: string | null; work: { incipit?: string | null } }): string | null | undefined {
  return hit.incipit !== undefined ? hit.incipit : hit.work.incipit;
}

/**
 * A page of works found by words: the title and composers with the matching words marked, the
 * usual facts, a snippet of other text that matched, and the incipit.
 */
export function SearchResults({ hits, start }: { hits: readonly SearchHit[]; start: number }) {
  const anySupplied = hits.some((hit) => hasSupplied(parseIncipit(hitIncipit(hit)) ?? []));
  return (
    <>
      <ol class="record-list search-results" start={start} data-testid="search-results">
        {hits.map((hit) => {
          const { work, highlights } = hit;
          const composer = tidyFragments(highlights?.composer);
          const snippet = tidyFragments(highlights?.text);
          return (
            <li key={work.id} data-testid="search-hit">
              <a class="record-title" href={`/works/${work.id}`}>
                <Highlighted fragments={highlights?.title} fallback={work.title} />
              </a>
              {work.withdrawn && <WithdrawnBadge />}
              <WorkFacts work={work} composers={composer.length ? <Highlighted fragments={composer} /> : undefined} />
              {snippet.length > 0 && (
                <p class="search-snippet">
                  <Highlighted fragments={snippet} />
                </p>
              )}
              <Incipit incipit={hitIncipit(hit)} keyText={work.key} compact />
            </li>
          );
        })}
      </ol>
      {anySupplied && <SuppliedLegend />}
    </>
  );
}
