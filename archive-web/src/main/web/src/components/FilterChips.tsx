import { useEffect, useState } from 'preact/hooks';
import { FACET_LABELS, facetValueLabel } from '../lib/facets';
import { activeFilters, type Filters } from '../lib/search-url';
import type { FacetName } from '../lib/types';

const chipId = (index: number) => `filter-chip-${index}`;

/**
 * The active filters as buttons that remove them, and "Clear all filters". After a removal the
 * focus moves to the chip now in its place (or the one before), else to `fallbackFocusId`.
 */
export function FilterChips({
  filters,
  onRemove,
  onClear,
  fallbackFocusId,
}: {
  filters: Filters;
  onRemove: (facet: FacetName, value: string) => void;
  onClear: () => void;
  fallbackFocusId: string;
}) {
  const active = activeFilters(filters);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);

  useEffect(() => {
    if (pendingFocus === null) return;
    const index = Math.min(pendingFocus, active.length - 1);
    (document.getElementById(index >= 0 ? chipId(index) : fallbackFocusId) ?? document.getElementById(fallbackFocusId))?.focus();
    setPendingFocus(null);
  }, [pendingFocus, active.length]);

  if (!active.length) return null;
  return (
    <div class="filter-chips">
      <h2 class="sr-only">Active filters</h2>
      <ul class="chip-list">
        {active.map(({ facet, value }, index) => {
          const label = FACET_LABELS[facet];
          const valueLabel = facetValueLabel(facet, value);
          return (
            <li key={`${facet}=${value}`}>
              <button
                type="button"
                id={chipId(index)}
                class="chip"
                data-testid="filter-chip"
                aria-label={`Remove filter ${label}: ${valueLabel}`}
                onClick={() => {
                  setPendingFocus(index);
                  onRemove(facet, value);
                }}
              >
                <span class="chip-facet">{label}:</span> {valueLabel}
                <span class="chip-remove" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="button small"
        data-testid="clear-filters"
        onClick={() => {
          setPendingFocus(-1);
          onClear();
        }}
      >
        Clear all filters
      </button>
    </div>
  );
}
