import type { ComponentChildren } from 'preact';
import { formatHistoricalDate } from '../lib/format';
import { hasSupplied, parseIncipit } from '../lib/incipit';
import type { WorkSummary } from '../lib/types';
import { Incipit, SuppliedLegend } from './Incipit';
import { WithdrawnBadge } from './WithdrawnBadge';

/**
 * Works in a list: title, composers, catalogue number, date; withdrawn ones are marked. With
 * `incipits`, each row also shows its work's opening melody (this loads the engraver, so the home
 * page leaves it out).
 */
export function WorkList({ works, ordered = false, incipits = false }: { works: readonly WorkSummary[]; ordered?: boolean; incipits?: boolean }) {
  const items = works.map((work) => (
    <li key={work.id}>
      <a class="record-title" href={`/works/${work.id}`}>
        {work.title}
      </a>
      {work.withdrawn && <WithdrawnBadge />}
      <WorkFacts work={work} />
      {incipits && <Incipit incipit={work.incipit} keyText={work.key} compact />}
    </li>
  ));
  const anySupplied = incipits && works.some((work) => hasSupplied(parseIncipit(work.incipit) ?? []));
  return (
    <>
      {ordered ? <ol class="record-list numbered">{items}</ol> : <ul class="record-list">{items}</ul>}
      {anySupplied && <SuppliedLegend />}
    </>
  );
}

/** A work's composers, catalogue number, date, genre and key on one line; `composers` replaces the names (with highlights). */
export function WorkFacts({ work, composers }: { work: WorkSummary; composers?: ComponentChildren }) {
  const names = (work.composers ?? []).map((composer) => composer.name).join(', ');
  const facts = [work.catalogueNumber, formatHistoricalDate(work.date), work.genre, work.key].filter(Boolean);
  return (
    <p class="record-meta">
      {(composers || names) && <span class="composers">{composers || names}</span>}
      {facts.map((fact) => (
        <span key={fact}>{fact}</span>
      ))}
    </p>
  );
}
