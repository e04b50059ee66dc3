import { tidyFragments } from '../lib/highlight';
import type { Fragment } from '../lib/types';

/** Text with the words that matched a search marked; `fallback` when there are no fragments. */
export function Highlighted({ fragments, fallback = '' }: { fragments: readonly Fragment[] | null | undefined; fallback?: string }) {
  const tidy = tidyFragments(fragments);
  if (!tidy.length) return <>{fallback}</>;
  return (
    <>
      {tidy.map((fragment, index) => (fragment.match ? <mark key={index}>{fragment.text}</mark> : fragment.text))}
    </>
  );
}
