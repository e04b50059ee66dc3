import { useState } from 'preact/hooks';
import { navigate } from '../lib/router';

/**
 * The archive's search: it leads to /search?q=…, so results can be shared. Only one is shown on
 * a page (the header's, or the prominent one on the home page).
 */
export function SearchBox({ initial = '', prominent = false }: { initial?: string; prominent?: boolean }) {
  const [text, setText] = useState(initial);
  return (
    <form
      role="search"
      class={prominent ? 'search-box prominent' : 'search-box'}
      action="/search"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
      }}
    >
      <label for="site-search" class={prominent ? undefined : 'sr-only'}>
        Search the archive
      </label>
      <div class="search-row">
        <input
          id="site-search"
          type="search"
          name="q"
          value={text}
          placeholder={prominent ? 'Composer, title, catalogue number…' : 'Search the archive'}
          autoComplete="off"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="button primary">
          Search
        </button>
      </div>
    </form>
  );
}
