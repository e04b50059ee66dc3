import { Facts } from '../components/Facts';
import { Heading } from '../components/Heading';
import { History } from '../components/History';
import { Pager } from '../components/Pager';
import { RecordTools } from '../components/RecordTools';
import { ErrorPage, Loading, ProblemNotice } from '../components/Status';
import { WithdrawalBanner } from '../components/WithdrawalBanner';
import { WorkList } from '../components/WorkList';
import { getJson } from '../lib/api';
import { hasRole, sessionStore } from '../lib/auth';
import { count, formatHistoricalDate, lifeDates } from '../lib/format';
import { apiPage, apiPath, hrefWith, readPage } from '../lib/query';
import { useRecord } from '../lib/record';
import { useResource } from '../lib/resource';
import { useLocation } from '../lib/router';
import { useStore } from '../lib/store';
import type { Page, PersonView, WorkSummary } from '../lib/types';

const PAGE_SIZE = 20;

/** A person: life dates, name variants, authority records, their works and the history. */
export function PersonPage({ id }: { id: number }) {
  const librarian = hasRole(useStore(sessionStore), 'librarian');
  const person = useRecord<PersonView>('people', id);
  if (person.error) return <ErrorPage error={person.error} onRetry={person.reload} />;
  if (!person.data) return <Loading />;
  const view = person.data.body;
  const life = lifeDates(view.born, view.died);

  return (
    <article>
      <Heading>{view.name}</Heading>
      {life && <p class="byline">{life}</p>}
      {view.withdrawal && <WithdrawalBanner withdrawal={view.withdrawal} noun="person" />}
      {librarian && <RecordTools kind="people" record={view} etag={person.etag} onChanged={person.replace} onReload={person.reload} />}
      <Facts
        facts={[
          ['Sort name', view.sortName],
          ['Name variants', view.nameVariants?.length ? view.nameVariants.join('; ') : ''],
          ['Born', formatHistoricalDate(view.born)],
          ['Died', formatHistoricalDate(view.died)],
          ['VIAF', view.viaf && <a href={`https://viaf.org/viaf/${encodeURIComponent(view.viaf)}`}>{view.viaf}</a>],
          ['GND', view.gnd && <a href={`https://d-nb.info/gnd/${encodeURIComponent(view.gnd)}`}>{view.gnd}</a>],
          ['Wikidata', view.wikidata && <a href={`https://www.wikidata.org/wiki/${encodeURIComponent(view.wikidata)}`}>{view.wikidata}</a>],
          ['Notes', view.notes && <span class="notes">{view.notes}</span>],
        ]}
      />
      <PersonWorks id={view.id} name={view.name} />
      <History kind="people" record={view} etag={person.etag} canRestore={librarian} onRestored={person.replace} onReload={person.reload} />
    </article>
  );
}

/** The person's works, paged with `page` in the person's address. */
function PersonWorks({ id, name }: { id: number; name: string }) {
  const { params } = useLocation();
  const page = readPage(params);
  const works = useResource(
    (signal) =>
      getJson<Page<WorkSummary>>(apiPath('/works', { composer: id, page: apiPage(page), size: PAGE_SIZE, sort: 'title' }), signal).then(
        (r) => r.body,
      ),
    `${id}/${page}`,
  );
  return (
    <section aria-labelledby="works-heading">
      <h2 id="works-heading">Works</h2>
      {works.error && <ProblemNotice error={works.error} />}
      {!works.data && !works.error && <Loading />}
      {works.data &&
        (works.data.items.length ? (
          <div aria-busy={works.loading ? 'true' : undefined}>
            <p class="list-count">
              {name} is a composer of {count(works.data.totalItems, 'work')} in the archive.
            </p>
            <WorkList works={works.data.items} incipits />
            <Pager
              label="Pages of works"
              page={page}
              totalPages={works.data.totalPages}
              hrefFor={(n) => hrefWith(`/people/${id}`, params, { page: n })}
            />
          </div>
        ) : (
          <p>No works by {name} are catalogued.</p>
        ))}
    </section>
  );
}
