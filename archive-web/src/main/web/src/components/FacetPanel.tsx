import { useEffect, useState } from 'preact/hooks';
import { FACET_LABELS, FACET_SHOWN, facetEntries, facetValueLabel, mayHaveMore, shownEntries } from '../lib/facets';
import { FACETS, type Filters } from '../lib/search-url';
import type { FacetCount, FacetName } from '../lib/types';

/**
 * The facets of a search: one group of checkboxes per facet, with how many works have each value.
 * Ticking values of one facet finds works with any of them; values of different facets must all
 * hold. A facet without values is left out.
 */
export function FacetPanel({
  facets,
  filters,
  onToggle,
  loadAll,
}: {
  facets: Partial<Record<FacetName, FacetCount[]>>;
  filters: Filters;
  onToggle: (facet: FacetName, value: string) => void;
  /** Fetches up to 100 values of every facet for the same search. */
  loadAll: () => Promise<Partial<Record<FacetName, FacetCount[]>>>;
}) {
  const noRestorations = !facets.restoration?.length && !facets.ai?.length && !filters.restoration.length && !filters.ai.length;
  return (
    <section class="facet-panel" aria-labelledby="facet-heading">
      <h2 id="facet-heading">Filter the results</h2>
      {FACETS.map((facet) => (
        <Facet key={facet} name={facet} counts={facets[facet] ?? []} chosen={filters[facet]} onToggle={onToggle} loadAll={loadAll} />
      ))}
      {noRestorations && <p class="hint">Filters by restoration and by AI involvement appear once restorations have been published.</p>}
    </section>
  );
}

function Facet({
  name,
  counts,
  chosen,
  onToggle,
  loadAll,
}: {
  name: FacetName;
  counts: readonly FacetCount[];
  chosen: readonly string[];
  onToggle: (facet: FacetName, value: string) => void;
  loadAll: () => Promise<Partial<Record<FacetName, FacetCount[]>>>;
}) {
  const [expanded, setExpanded] = useState(false);
  const [all, setAll] = useState<readonly FacetCount[] | null>(null);
  const [loading, setLoading] = useState(false);
  // A new search starts from its own counts.
  useEffect(() => {
    setAll(null);
    setExpanded(false);
  }, [counts]);
  const entries = facetEntries(all ?? counts, chosen);
  if (!entries.length) return null;
  const { shown } = shownEntries(entries, expanded);
  const label = FACET_LABELS[name];
  const listId = `facet-${name}-values`;
  return (
    <fieldset class="facet" data-testid={`facet-${name}`}>
      <legend>{label}</legend>
      <ul class="facet-values" id={listId}>
        {shown.map((entry) => (
          <li key={entry.value}>
            <label class="check facet-value">
              <input type="checkbox" name={name} value={entry.value} checked={entry.selected} onChange={() => onToggle(name, entry.value)} />
              <span class="facet-label">{facetValueLabel(name, entry.value)}</span>
              <span class="facet-count">
                <span class="sr-only">, </span>
                {entry.count.toLocaleString('en-GB')}
                <span class="sr-only">{entry.count === 1 ? ' work' : ' works'}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {(entries.length > FACET_SHOWN || (all === null && mayHaveMore(counts))) && (
        <button
          type="button"
          class="button small facet-more"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={listId}
          aria-busy={loading ? 'true' : undefined}
          onClick={async () => {
            if (expanded) {
              setExpanded(false);
              return;
            }
            if (all === null) {
              setLoading(true);
              try {
                setAll((await loadAll())[name] ?? []);
              } catch {
                // Keep the counts already shown; the button stays to try again.
                return;
              } finally {
                setLoading(false);
              }
            }
            setExpanded(true);
          }}
        >
          {expanded ? 'Show fewer' : all === null ? 'Show more' : `Show all ${entries.length}`}
          <span class="sr-only"> {label.toLowerCase()} values</span>
        </button>
      )}
    </fieldset>
  );
}
