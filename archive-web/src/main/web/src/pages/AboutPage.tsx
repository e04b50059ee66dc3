import { Heading } from '../components/Heading';
import { Loading, ProblemNotice } from '../components/Status';
import { getJson } from '../lib/api';
import { count } from '../lib/format';
import { useResource } from '../lib/resource';
import type { ChainVerification } from '../lib/types';

/** What Ricercar is, who does what in it, and a live check of the provenance ledger. */
export function AboutPage() {
  const ledger = useResource((signal) => getJson<ChainVerification>('/ledger/verify', signal).then((r) => r.body), 'ledger');
  return (
    <>
      <Heading>About Ricercar</Heading>
      <p class="lead">
        <em>Ricercar</em> (Italian: “to seek out”) is a community archive for lesser-known classical works, with the ethics governance that
        AI-assisted restoration needs.
      </p>
      <section aria-labelledby="archive-heading">
        <h2 id="archive-heading">The archive</h2>
        <p>
          The catalogue describes <strong>works</strong> (titles, catalogue numbers, genre, key, instrumentation, dates, periods, and for
          vocal works the language and the first words of the text), the <strong>people</strong> who composed them (with name variants, life
          dates and VIAF, GND and Wikidata identifiers), the <strong>sources</strong> that witness them — manuscripts, prints, editions and
          recordings, with where they are held — and <strong>collections</strong> curated by librarians.
        </p>
        <p>
          Nothing is deleted. Every change to a record is kept as a revision, with who made it and when, and can be restored; a record that
          should no longer be public is withdrawn with a reason, and can be reinstated.
        </p>
      </section>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Who does what</h2>
        <dl class="facts">
          <div>
            <dt>Visitors and members</dt>
            <dd>Search and browse everything published. Anyone can read the archive without an account.</dd>
          </div>
          <div>
            <dt>Librarians</dt>
            <dd>Catalogue works, people and sources, curate collections, withdraw and reinstate records, restore earlier revisions.</dd>
          </div>
          <div>
            <dt>Admins</dt>
            <dd>Grant and revoke members’ roles; every change of role is recorded in the provenance ledger.</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">Provenance ledger</h2>
        <p>
          Consequential events are appended to a hash-chained ledger: each entry includes the hash of the one before, so any change to the
          past breaks the chain. Anyone can recompute it.
        </p>
        {ledger.error && <ProblemNotice error={ledger.error} />}
        {!ledger.data && !ledger.error && <Loading what="Verifying the ledger…" />}
        {ledger.data && (
          <div class={ledger.data.intact ? 'notice notice-ok' : 'notice notice-error'}>
            {ledger.data.intact ? (
              <p>The ledger is intact: {count(ledger.data.entriesChecked, 'entry', 'entries')} checked.</p>
            ) : (
              <p>
                The ledger is broken at entry {ledger.data.firstBrokenSequence}: {ledger.data.reason}
              </p>
            )}
            {ledger.data.headHash && (
              <p>
                Hash of the chain’s head: <code class="hash">{ledger.data.headHash}</code>
              </p>
            )}
          </div>
        )}
        <p>
          <button type="button" class="button secondary" onClick={ledger.reload} aria-disabled={ledger.loading ? 'true' : undefined}>
            Verify again
          </button>
        </p>
      </section>
      <section aria-labelledby="api-heading">
        <h2 id="api-heading">For developers</h2>
        <p>
          Everything on these pages comes from a JSON API under <code>/api</code>, described in OpenAPI at <a href="/openapi">/openapi</a>.
          Errors are RFC 9457 problem documents; records carry ETags, and changes must send them back in <code>If-Match</code>.
        </p>
      </section>
    </>
  );
}
