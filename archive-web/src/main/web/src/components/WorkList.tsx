import { formatHistoricalDate } from '../lib/format';
import type { WorkSummary } from '../lib/types';
import { WithdrawnBadge } from './WithdrawnBadge';

/** Works in a list: title, composers, catalogue number, date; withdrawn ones are marked. */
export function WorkList({ works, ordered = false }: { works: readonly WorkSummary[]; ordered?: boolean }) {
  const items = works.map((work) => (
    <li key={work.id}>
      <a class="record-title" href={`/works/${work.id}`}>
        {work.title}
      </a>
      {work.withdrawn && <WithdrawnBadge />}
      <WorkFacts work={work} />
    </li>
  ));
  return ordered ? <ol class="record-list numbered">{items}</ol> : <ul class="record-list">{items}</ul>;
}

function WorkFacts({ work }: { work: WorkSummary }) {
  const composers = (work.composers ?? []).map((composer) => composer.name).join(', ');
  const facts = [work.catalogueNumber, formatHistoricalDate(work.date), work.genre, work.key].filter(Boolean);
  return (
    <p class="record-meta">
      {composers && <span class="composers">{composers}</span>}
      {facts.map((fact) => (
        <span key={fact}>{fact}</span>
      ))}
    </p>
  );
}
