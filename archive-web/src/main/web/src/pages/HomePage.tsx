import { Heading } from '../components/Heading';
import { SearchBox } from '../components/SearchBox';
import { Loading, ProblemNotice } from '../components/Status';
import { WorkList } from '../components/WorkList';
import { getJson } from '../lib/api';
import { useResource } from '../lib/resource';
import type { Page, WorkSummary } from '../lib/types';

/** What Ricercar is, the search, the latest cataloguing, and where to browse. */
export function HomePage() {
  const recent = useResource((signal) => getJson<Page<WorkSummary>>('/works?sort=-updated&size=5', signal).then((r) => r.body), 'recent');
  return (
    <>
      <div class="intro">
        <Heading>Ricercar</Heading>
        <p class="lead">
          <em>Ricercar</em> — Italian for “to seek out” — is a community archive of lesser-known classical works: their composers, the
          manuscripts, prints, editions and recordings that witness them, and collections curated by librarians. Every change to a record is
          kept, with who made it and when.
        </p>
        <SearchBox prominent />
      </div>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recently updated works</h2>
        {recent.error && <ProblemNotice error={recent.error} />}
        {!recent.data && !recent.error && <Loading />}
        {recent.data && (recent.data.items.length ? <WorkList works={recent.data.items} /> : <p>The catalogue is empty so far.</p>)}
        <p>
          <a href="/works?sort=-updated">All works, most recently updated first</a>
        </p>
      </section>
      <section aria-labelledby="browse-heading">
        <h2 id="browse-heading">Browse the archive</h2>
        <ul class="browse-links">
          <li>
            <a href="/works">Works</a> by title, date or catalogue number
          </li>
          <li>
            <a href="/people">People</a>: composers, with their name variants and authority records
          </li>
          <li>
            <a href="/collections">Collections</a> curated by the archive’s librarians
          </li>
        </ul>
      </section>
    </>
  );
}
