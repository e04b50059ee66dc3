import { useState } from 'preact/hooks';
import { canSignIn, hasRole, sessionStore, signIn, signOut } from '../lib/auth';
import type { RouteName } from '../lib/router';
import { useStore } from '../lib/store';
import { SearchBox } from './SearchBox';

interface NavItem {
  href: string;
  label: string;
  /** The routes under this item, marked as the current section. */
  section: readonly RouteName[];
}

const MAIN_NAV: readonly NavItem[] = [
  { href: '/', label: 'Home', section: ['home'] },
  { href: '/works', label: 'Works', section: ['works', 'work', 'work-edit', 'source', 'source-edit', 'source-new', 'search'] },
  { href: '/people', label: 'People', section: ['people', 'person', 'person-edit'] },
  { href: '/collections', label: 'Collections', section: ['collections', 'collection', 'collection-edit'] },
  { href: '/guidelines', label: 'Guidelines', section: ['guidelines', 'guideline', 'guideline-new', 'guideline-edit', 'framework'] },
  { href: '/votes', label: 'Votes', section: ['votes', 'vote', 'vote-results'] },
];

const LIBRARIAN_NAV: readonly NavItem[] = [
  { href: '/works/new', label: 'Add work', section: ['work-new'] },
  { href: '/people/new', label: 'Add person', section: ['person-new'] },
  { href: '/collections/new', label: 'Add collection', section: ['collection-new'] },
  { href: '/imports', label: 'Import', section: ['imports', 'import'] },
  { href: '/fixity', label: 'Fixity', section: ['fixity'] },
];

const ADMIN_NAV: readonly NavItem[] = [{ href: '/members', label: 'Members', section: ['members'] }];

/**
 * The banner: name, search, account, and the main navigation (with role-specific entries). The home
 * and search pages have a search box of their own, so the banner's is left out there.
 */
export function SiteHeader({ route, path }: { route: RouteName | undefined; path: string }) {
  const session = useStore(sessionStore);
  const items = [...MAIN_NAV, ...(hasRole(session, 'librarian') ? LIBRARIAN_NAV : []), ...(hasRole(session, 'admin') ? ADMIN_NAV : [])];
  return (
    <header class="site-header">
      <div class="header-bar">
        <a class="brand" href="/">
          <span class="brand-name">Ricercar</span>
          <span class="brand-tagline">Archive of lesser-known classical works</span>
        </a>
        {route !== 'home' && route !== 'search' && <SearchBox />}
        <Account />
      </div>
      <nav class="main-nav" aria-label="Main">
        <ul>
          {items.map((item) => {
            const current = route !== undefined && item.section.includes(route);
            return (
              <li key={item.href}>
                <a
                  href={item.href}
                  class={current ? 'current' : undefined}
                  aria-current={item.href === path ? 'page' : current ? 'true' : undefined}
                >
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}

function Account() {
  const session = useStore(sessionStore);
  const [failure, setFailure] = useState('');

  function run(action: () => Promise<void>) {
    setFailure('');
    action().catch(() => setFailure('The sign-in service is not reachable at the moment. Please try again shortly.'));
  }

  return (
    <div class="account">
      {session ? (
        <>
          <span class="account-name">
            <span class="sr-only">Signed in as </span>
            {session.name}
          </span>
          <button type="button" class="button secondary" onClick={() => run(signOut)}>
            Sign out
          </button>
        </>
      ) : (
        <button type="button" class="button secondary" onClick={() => run(signIn)} disabled={!canSignIn()}>
          Sign in
        </button>
      )}
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
