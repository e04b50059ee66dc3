import { useState } from 'preact/hooks';
import { FACET_LABELS, FACET_SHOWN, facetEntries, facetValueLabel, shownEntries } from '../lib/facets';
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
}: {
  facets: Partial<Record<FacetName, FacetCount[]>>;
  filters: Filters;
  onToggle: (facet: FacetName, value: string) => void;
}) {
  const noRestorations = !facets.restoration?.length && !facets.ai?.length && !filters.restoration.length && !filters.ai.length;
  return (
    <section class="facet-panel" aria-labelledby="facet-heading">
      <h2 id="facet-heading">Filter the results</h2>
      {FACETS.map((facet) => (
        <Facet key={facet} name={facet} counts={facets[facet] ?? []} chosen={filters[facet]} onToggle={onToggle} />
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
}: {
  name: FacetName;
  counts: readonly FacetCount[];
  chosen: readonly string[];
  onToggle: (facet: FacetName, value: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const entries = facetEntries(counts, chosen);
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
      {entries.length > FACET_SHOWN && (
        <button type="button" class="button small facet-more" aria-expanded={expanded ? 'true' : 'false'} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${entries.length}`}
          <span class="sr-only"> {label.toLowerCase()} values</span>
        </button>
      )}
    </fieldset>
  );
}
