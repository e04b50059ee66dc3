import { SiteHeader } from './components/SiteHeader';
import { announcementStore, flashStore } from './lib/announce';
import { matchRoute, useLocation, type RouteMatch } from './lib/router';
import { useStore } from './lib/store';
import { AboutPage } from './pages/AboutPage';
import { AuthCallbackPage } from './pages/AuthCallbackPage';
import { CollectionFormPage } from './pages/CollectionFormPage';
import { CollectionPage } from './pages/CollectionPage';
import { CollectionsPage } from './pages/CollectionsPage';
import { FixityPage } from './pages/FixityPage';
import { FrameworkPage } from './pages/FrameworkPage';
import { GuidelineFormPage } from './pages/GuidelineFormPage';
import { GuidelinePage } from './pages/GuidelinePage';
import { GuidelinesPage } from './pages/GuidelinesPage';
import { HomePage } from './pages/HomePage';
import { ImportPage } from './pages/ImportPage';
import { ImportsPage } from './pages/ImportsPage';
import { MembersPage } from './pages/MembersPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonFormPage } from './pages/PersonFormPage';
import { PersonPage } from './pages/PersonPage';
import { SearchPage } from './pages/SearchPage';
import { SourceFormPage } from './pages/SourceFormPage';
import { SourcePage } from './pages/SourcePage';
import { VotePage } from './pages/VotePage';
import { VotesPage } from './pages/VotesPage';
import { WorkFormPage } from './pages/WorkFormPage';
import { WorkPage } from './pages/WorkPage';
import { WorksPage } from './pages/WorksPage';

/** The page frame (skip link, header, main, footer, live region) around the current route's page. */
export function App() {
  const location = useLocation();
  const route = matchRoute(location.path);
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <SiteHeader route={route?.name} path={location.path} />
      <main id="main" tabIndex={-1}>
        <Flash />
        <Page key={location.path} route={route} />
      </main>
      <footer class="site-footer">
        <p>
          Ricercar is a community archive of lesser-known classical works. <a href="/about">About Ricercar</a> ·{' '}
          <a href="/openapi">API description</a>
        </p>
      </footer>
      <LiveRegion />
    </>
  );
}

/** Moves focus to the page's heading (or the main region) without adding `#main` to the address. */
function skipToContent(event: MouseEvent) {
  const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
  if (!target) return;
  event.preventDefault();
  target.focus();
}

function Page({ route }: { route: RouteMatch | null }) {
  if (!route) return <NotFoundPage />;
  const id = Number(route.params.id);
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'works':
      return <WorksPage />;
    case 'work-new':
      return <WorkFormPage />;
    case 'work':
      return <WorkPage id={id} />;
    case 'work-edit':
      return <WorkFormPage id={id} />;
    case 'people':
      return <PeoplePage />;
    case 'person-new':
      return <PersonFormPage />;
    case 'person':
      return <PersonPage id={id} />;
    case 'person-edit':
      return <PersonFormPage id={id} />;
    case 'source-new':
      return <SourceFormPage />;
    case 'source':
      return <SourcePage id={id} />;
    case 'source-edit':
      return <SourceFormPage id={id} />;
    case 'collections':
      return <CollectionsPage />;
    case 'collection-new':
      return <CollectionFormPage />;
    case 'collection':
      return <CollectionPage id={id} />;
    case 'collection-edit':
      return <CollectionFormPage id={id} />;
    case 'members':
      return <MembersPage />;
    case 'imports':
      return <ImportsPage />;
    case 'import':
      return <ImportPage id={id} />;
    case 'fixity':
      return <FixityPage />;
    case 'search':
      return <SearchPage />;
    case 'guidelines':
      return <GuidelinesPage />;
    case 'guideline-new':
      return <GuidelineFormPage />;
    case 'guideline':
      return <GuidelinePage id={id} />;
    case 'guideline-edit':
      return <GuidelineFormPage id={id} />;
    case 'framework':
      return <FrameworkPage />;
    case 'votes':
      return <VotesPage />;
    case 'vote':
      return <VotePage id={id} />;
    case 'vote-results':
      return <VotePage id={id} resultsFirst />;
    case 'auth-callback':
      return <AuthCallbackPage />;
    case 'about':
      return <AboutPage />;
  }
}

/** The visible confirmation of the last change ("Saved."), until the next navigation. */
function Flash() {
  const text = useStore(flashStore);
  return (
    <div class={text ? 'flash' : 'flash empty'} role="status">
      {text}
    </div>
  );
}

/** Announcements for screen readers (loading, saving, results); not shown. */
function LiveRegion() {
  const { text, serial } = useStore(announcementStore);
  return (
    <div class="sr-only" aria-live="polite" aria-atomic="true">
      <span key={serial}>{text}</span>
    </div>
  );
}
