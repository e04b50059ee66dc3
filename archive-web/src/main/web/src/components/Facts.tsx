import type { ComponentChildren } from 'preact';

/** A record's fields as a description list; empty values are left out. */
export function Facts({ facts }: { facts: ReadonlyArray<readonly [string, ComponentChildren]> }) {
  const shown = facts.filter(([, value]) => value !== undefined && value !== null && value !== '' && value !== false);
  if (!shown.length) return null;
  return (
    <dl class="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
