import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../lib/announce';
import { navigate } from '../lib/router';
import { moveActive, useSuggestions } from '../lib/suggestions';
import type { Suggestion } from '../lib/types';

const INPUT_ID = 'site-search';
const LIST_ID = 'site-search-suggestions';
const optionId = (index: number) => `site-search-suggestion-${index}`;

/**
 * The archive's search: it leads to /search?q=…, so results can be shared. Only one is shown on
 * a page (the header's, the prominent one on the home page, or the search page's own, which keeps
 * the chosen filters through `onSearch`). While typing, composers and titles are suggested in a
 * combobox: Down and Up move through them, Enter chooses one (and searches), Escape closes them.
 */
export function SearchBox({
  initial = '',
  prominent = false,
  onSearch = (q) => navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
  error,
}: {
  initial?: string;
  prominent?: boolean;
  onSearch?: (q: string) => void;
  /** Why the last search failed, shown below the field. */
  error?: string;
}) {
  const [text, setText] = useState(initial);
  // No suggestions until the member types: not for the words of the search already shown.
  const [paused, setPaused] = useState(true);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useSuggestions(text, paused);
  const announced = useRef(0);
  const open = expanded && suggestions.length > 0;

  useEffect(() => {
    setText(initial);
    setPaused(true);
  }, [initial]);

  useEffect(() => {
    setActive(-1);
    if (expanded && suggestions.length && suggestions.length !== announced.current) {
      announce(`${suggestions.length} suggestions. Use the up and down arrow keys to choose one.`);
    }
    announced.current = suggestions.length;
  }, [suggestions]);

  useEffect(() => {
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  function search(words: string) {
    setExpanded(false);
    setPaused(true);
    onSearch(words.trim());
  }

  function choose(suggestion: Suggestion) {
    setText(suggestion.text);
    search(suggestion.text);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) {
        setExpanded(true);
        setActive(step > 0 ? 0 : suggestions.length - 1);
      } else {
        setActive(moveActive(active, suggestions.length, step));
      }
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape') {
      // The first Escape closes the list; with the list closed, Escape clears the field.
      if (!open && !text) return;
      event.preventDefault();
      if (open) {
        setExpanded(false);
        setActive(-1);
      } else {
        setText('');
      }
    } else if (event.key === 'Tab') {
      setExpanded(false);
    }
  }

  const errorId = `${INPUT_ID}-error`;
  return (
    <form
      role="search"
      class={prominent ? 'search-box prominent' : 'search-box'}
      action="/search"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        search(text);
      }}
    >
      <label for={INPUT_ID} class={prominent ? undefined : 'sr-only'}>
        Search the archive
      </label>
      <div class="search-row">
        <div class="search-field">
          <input
            id={INPUT_ID}
            // A combobox is a text input (ARIA in HTML allows the role on type=text without a list).
            type="text"
            inputMode="search"
            enterKeyHint="search"
            name="q"
            value={text}
            placeholder={prominent ? 'Composer, title, catalogue number…' : 'Search the archive'}
            autoComplete="off"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={LIST_ID}
            aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setPaused(false);
              setExpanded(true);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setExpanded(false)}
          />
          <ul id={LIST_ID} class="suggestions" role="listbox" aria-label="Suggestions" data-testid="suggestions" hidden={!open}>
            {open &&
              suggestions.map((suggestion, index) => (
                <li
                  key={`${suggestion.kind}:${suggestion.text}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active ? 'true' : 'false'}
                  class={index === active ? 'suggestion active' : 'suggestion'}
                  // Keeps the focus in the field, so the click lands and the list stays a popup of the field.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(suggestion)}
                >
                  <span class="suggestion-text">{suggestion.text}</span>
                  <span class="suggestion-kind">
                    <span class="sr-only">, </span>
                    {suggestion.kind}
                  </span>
                </li>
              ))}
          </ul>
        </div>
        <button type="submit" class="button primary">
          Search
        </button>
      </div>
      {error && (
        <p class="field-error search-error" id={errorId}>
          {error}
        </p>
      )}
    </form>
  );
}
