import { createStore, useStore } from './store';

/**
 * A small router over the History API. Every page has a real address (the server answers them all
 * with the UI's shell), so links are plain `<a href>`: clicks on links to a known route are handled
 * here without a page load; everything else (other sites, the API) is left to the browser.
 */

export type RouteName =
  | 'home'
  | 'works'
  | 'work-new'
  | 'work'
  | 'work-edit'
  | 'people'
  | 'person-new'
  | 'person'
  | 'person-edit'
  | 'source-new'
  | 'source'
  | 'source-edit'
  | 'collections'
  | 'collection-new'
  | 'collection'
  | 'collection-edit'
  | 'members'
  | 'imports'
  | 'import'
  | 'fixity'
  | 'search'
  | 'guidelines'
  | 'guideline-new'
  | 'guideline'
  | 'guideline-edit'
  | 'framework'
  | 'votes'
  | 'vote'
  | 'vote-results'
  | 'auth-callback'
  | 'about';

const ROUTES: ReadonlyArray<readonly [string, RouteName]> = [
  ['/', 'home'],
  ['/works', 'works'],
  ['/works/new', 'work-new'],
  ['/works/:id', 'work'],
  ['/works/:id/edit', 'work-edit'],
  ['/people', 'people'],
  ['/people/new', 'person-new'],
  ['/people/:id', 'person'],
  ['/people/:id/edit', 'person-edit'],
  ['/sources/new', 'source-new'],
  ['/sources/:id', 'source'],
  ['/sources/:id/edit', 'source-edit'],
  ['/collections', 'collections'],
  ['/collections/new', 'collection-new'],
  ['/collections/:id', 'collection'],
  ['/collections/:id/edit', 'collection-edit'],
  ['/members', 'members'],
  ['/imports', 'imports'],
  ['/imports/:id', 'import'],
  ['/fixity', 'fixity'],
  ['/search', 'search'],
  ['/guidelines', 'guidelines'],
  ['/guidelines/new', 'guideline-new'],
  ['/guidelines/:id', 'guideline'],
  ['/guidelines/:id/edit', 'guideline-edit'],
  ['/framework', 'framework'],
  ['/votes', 'votes'],
  ['/votes/:id', 'vote'],
  ['/votes/:id/results', 'vote-results'],
  ['/auth/callback', 'auth-callback'],
  ['/about', 'about'],
];

export interface RouteMatch {
  name: RouteName;
  /** Path parameters; `:id` only matches a positive whole number. */
  params: Record<string, string>;
}

/** The route a path belongs to, or null when it is not a page of this UI. */
export function matchRoute(pathname: string): RouteMatch | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const segments = path.split('/').slice(1);
  for (const [pattern, name] of ROUTES) {
    const parts = pattern.split('/').slice(1);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      if (part.startsWith(':')) {
        if (!/^[1-9]\d{0,17}$/.test(segments[i])) return false;
        params[part.slice(1)] = segments[i];
        return true;
      }
      return part === segments[i];
    });
    if (matches) return { name, params };
  }
  return null;
}

export interface Location {
  path: string;
  search: string;
}

/** The current address; set by {@link startRouter} and every navigation. */
export const locationStore = createStore<Location>({ path: '/', search: '' });

let focusRequested = false;

function currentLocation(): Location {
  return { path: window.location.pathname, search: window.location.search };
}

/**
 * Goes to an address of this UI, adding a history entry unless `replace` is set. Focus moves to the
 * new page's heading, unless `keepFocus` says the change was made in place (a filter ticked, a
 * search run from a field on the page), where the control in use keeps it and the view stays put.
 */
export function navigate(href: string, options: { replace?: boolean; keepFocus?: boolean } = {}): void {
  const url = new URL(href, window.location.origin);
  const target = url.pathname + url.search + url.hash;
  if (options.replace) {
    window.history.replaceState(null, '', target);
  } else {
    window.history.pushState(null, '', target);
    if (!options.keepFocus) window.scrollTo(0, 0);
  }
  focusRequested = !options.keepFocus;
  locationStore.set(currentLocation());
}

/**
 * Whether a navigation asked for focus to move to the new page's heading; answers true once per
 * navigation, so only the first heading to appear takes focus. The first page load asks nothing:
 * focus stays at the start of the document, where the skip link is.
 */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

/** Starts handling link clicks and the browser's back and forward buttons. */
export function startRouter(): void {
  locationStore.set(currentLocation());
  window.addEventListener('popstate', () => {
    focusRequested = true;
    locationStore.set(currentLocation());
  });
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const href = link.getAttribute('href');
    if (!href || href.startsWith('#') || link.origin !== window.location.origin) return;
    if (!matchRoute(link.pathname)) return;
    event.preventDefault();
    navigate(link.pathname + link.search + link.hash);
  });
}

/** The current address, with its query parameters parsed. */
export function useLocation(): Location & { params: URLSearchParams } {
  const location = useStore(locationStore);
  return { ...location, params: new URLSearchParams(location.search) };
}
