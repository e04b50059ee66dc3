import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../lib/announce';
import { asApiError, isAbort } from '../lib/api';
import type { ApiError } from '../lib/problem';
import { FieldErrorText, fieldId } from './fields';

/**
 * Choosing an ordered list of records (a work's composers, a collection's works): search, "Add"
 * a result, then move entries up or down or remove them. Focus stays on a sensible control after
 * every step and each step is announced.
 */

export interface Pickable {
  id: number;
  label: string;
}

export interface PickerResult extends Pickable {
  /** Extra words that tell similar results apart (life dates, composers). */
  description?: string;
  withdrawn?: boolean;
}

const SEARCH_DELAY_MS = 250;

export function Picker({
  name,
  legend,
  searchLabel,
  noun,
  chosen,
  onChange,
  search,
  error,
  hint,
}: {
  /** The API field (`composerIds`): ids of controls and error messages use it. */
  name: string;
  legend: string;
  searchLabel: string;
  /** "composer", as in "Added Fanny Hensel as composer 2". */
  noun: string;
  chosen: readonly Pickable[];
  onChange: (chosen: Pickable[]) => void;
  search: (text: string, signal: AbortSignal) => Promise<PickerResult[]>;
  error?: string;
  hint?: string;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PickerResult[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const searchRef = useRef(search);
  searchRef.current = search;
  const inputId = fieldId(name);

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setResults(null);
      setSearching(false);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setSearching(true);
      searchRef.current(text, controller.signal).then(
        (found) => {
          if (controller.signal.aborted) return;
          setResults(found);
          setFailure(null);
          setSearching(false);
          announce(found.length ? `${found.length} found.` : 'Nothing found.');
        },
        (thrown: unknown) => {
          if (controller.signal.aborted || isAbort(thrown)) return;
          setFailure(asApiError(thrown));
          setSearching(false);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  useEffect(() => {
    if (focusTarget) {
      document.getElementById(focusTarget)?.focus();
      setFocusTarget(null);
    }
  }, [focusTarget]);

  const controlId = (item: Pickable, action: string) => `${name}-${item.id}-${action}`;

  function add(result: PickerResult) {
    const next = [...chosen, { id: result.id, label: result.label }];
    onChange(next);
    setQuery('');
    setFocusTarget(inputId);
    announce(`Added ${result.label} as ${noun} ${next.length}.`);
  }

  function move(index: number, offset: -1 | 1) {
    const next = [...chosen];
    const [item] = next.splice(index, 1);
    const to = index + offset;
    next.splice(to, 0, item);
    onChange(next);
    const atEdge = to === 0 || to === next.length - 1;
    setFocusTarget(controlId(item, atEdge ? (offset < 0 ? 'down' : 'up') : offset < 0 ? 'up' : 'down'));
    announce(`${item.label} is now ${noun} ${to + 1} of ${next.length}.`);
  }

  function remove(index: number) {
    const item = chosen[index];
    const next = chosen.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    setFocusTarget(neighbour ? controlId(neighbour, 'remove') : inputId);
    announce(`Removed ${item.label}.`);
  }

  const chosenIds = new Set(chosen.map((item) => item.id));
  const describedBy = [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset class={error ? 'picker field-invalid' : 'picker'}>
      <legend>{legend}</legend>
      {error && <FieldErrorText name={name} error={error} />}
      {chosen.length ? (
        <ol class="picker-chosen">
          {chosen.map((item, index) => (
            <li key={item.id}>
              <span class="picker-label">{item.label}</span>
              <span class="picker-buttons">
                <button
                  type="button"
                  class="button small"
                  id={controlId(item, 'up')}
                  disabled={index === 0}
                  aria-label={`Move ${item.label} up`}
                  onClick={() => move(index, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  class="button small"
                  id={controlId(item, 'down')}
                  disabled={index === chosen.length - 1}
                  aria-label={`Move ${item.label} down`}
                  onClick={() => move(index, 1)}
                >
                  Down
                </button>
                <button
                  type="button"
                  class="button small"
                  id={controlId(item, 'remove')}
                  aria-label={`Remove ${item.label}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="picker-empty">None chosen yet.</p>
      )}
      <label for={inputId}>{searchLabel}</label>
      {hint && (
        <p class="hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        value={query}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        aria-controls={`${inputId}-results`}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter searches (it already does as you type); it must not submit the whole form.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <div id={`${inputId}-results`} class="picker-results">
        {searching && <p class="hint">Searching…</p>}
        {failure && <p class="field-error">{failure.problem.detail ?? failure.problem.title}</p>}
        {results && !searching && results.length === 0 && <p class="hint">Nothing matches “{query.trim()}”.</p>}
        {results && results.length > 0 && (
          <ul>
            {results.map((result) => (
              <li key={result.id}>
                {chosenIds.has(result.id) ? (
                  <span class="picker-label">{result.label} (already chosen)</span>
                ) : (
                  <button type="button" class="button small" onClick={() => add(result)}>
                    Add {result.label}
                  </button>
                )}
                {result.description && <span class="record-meta"> {result.description}</span>}
                {result.withdrawn && <span class="badge badge-withdrawn">Withdrawn</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
