import { useState } from 'preact/hooks';
import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { SortForm, type SortOption } from '../components/SortForm';
import { ErrorPage, Loading } from '../components/Status';
import { WithdrawnBadge } from '../components/WithdrawnBadge';
import { getJson } from '../lib/api';
import { count, lifeDates } from '../lib/format';
import { apiPage, apiPath, hrefWith, readPage, readSort, readText } from '../lib/query';
import { useResource } from '../lib/resource';
import { navigate, useLocation } from '../lib/router';
import type { Page, PersonSummary } from '../lib/types';

type PersonSort = 'name' | '-name' | 'born' | '-born' | '-updated';

const SORTS: readonly SortOption<PersonSort>[] = [
  { value: 'name', label: 'Name, A to Z' },
  { value: '-name', label: 'Name, Z to A' },
  { value: 'born', label: 'Born, earliest first' },
  { value: '-born', label: 'Born, latest first' },
  { value: '-updated', label: 'Recently updated' },
];

const PAGE_SIZE = 20;

/** The people in the catalogue, filtered by name, paged and sorted; the state is in the address. */
export function PeoplePage() {
  const { params, search } = useLocation();
  const page = readPage(params);
  const sort = readSort(
    params,
    SORTS.map((option) => option.value),
    'name',
  );
  const q = readText(params, 'q');
  const people = useResource(
    (signal) =>
      getJson<Page<PersonSummary>>(apiPath('/people', { q, page: apiPage(page), size: PAGE_SIZE, sort }), signal).then((r) => r.body),
    search,
  );
  const href = (changes: Record<string, string | number>) => hrefWith('/people', params, changes, { sort: 'name' });

  if (people.error) return <ErrorPage error={people.error} onRetry={people.reload} />;
  return (
    <>
      <Heading>People</Heading>
      <NameFilter key={q} initial={q} onApply={(text) => navigate(href({ q: text }))} />
      <div class="list-controls">
        <p class="list-count">
          {people.data ? count(people.data.totalItems, 'person', 'people') : ''}
          {people.data && q ? ` whose name contains “${q}”` : ''}
        </p>
        <SortForm key={sort} options={SORTS} current={sort} onApply={(next) => navigate(href({ sort: next }))} />
      </div>
      {!people.data ? (
        <Loading />
      ) : (
        <div aria-busy={people.loading ? 'true' : undefined}>
          {people.data.items.length ? (
            <ul class="record-list">
              {people.data.items.map((person) => (
                <li key={person.id}>
                  <a class="record-title" href={`/people/${person.id}`}>
                    {person.name}
                  </a>
                  {person.withdrawn && <WithdrawnBadge />}
                  <p class="record-meta">
                    {lifeDates(person.born, person.died) && <span>{lifeDates(person.born, person.died)}</span>}
                    {person.sortName && person.sortName !== person.name && <span>filed as {person.sortName}</span>}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{q ? 'No names contain these letters.' : 'No people are catalogued yet.'}</p>
          )}
          <Pager page={page} totalPages={people.data.totalPages} hrefFor={(n) => href({ page: n })} />
        </div>
      )}
    </>
  );
}

function NameFilter({ initial, onApply }: { initial: string; onApply: (text: string) => void }) {
  const [text, setText] = useState(initial);
  return (
    <form
      class="inline-form"
      role="search"
      aria-label="People"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(text.trim());
      }}
    >
      <label for="people-filter">Find people by name</label>
      <input id="people-filter" type="search" value={text} autoComplete="off" onInput={(event) => setText(event.currentTarget.value)} />
      <button type="submit" class="button secondary">
        Find
      </button>
    </form>
  );
}
