import { StateBadge } from '../components/GovernanceBadges';
import { Heading } from '../components/Heading';
import { ErrorPage, Loading } from '../components/Status';
import { sessionStore } from '../lib/auth';
import { count } from '../lib/format';
import { keyId, type Framework } from '../lib/governance';
import { useResource } from '../lib/resource';
import { useStore } from '../lib/store';
import { getGov } from '../lib/governance-api';

/**
 * The UNESCO Recommendation on the Ethics of AI as the skeleton of the community's guidelines:
 * its values, its principles (each with the clauses that serve it) and its policy areas.
 */
export function FrameworkPage() {
  const session = useStore(sessionStore);
  const framework = useResource((signal) => getGov<Framework>('/framework', signal).then((r) => r.body), `framework@${session?.name ?? ''}`);
  if (framework.error) return <ErrorPage error={framework.error} onRetry={framework.reload} />;
  if (!framework.data) return <Loading />;
  const { values, principles, policyAreas } = framework.data;

  return (
    <>
      <Heading>The framework</Heading>
      <p class="lead">
        Ricercar’s guidelines follow the UNESCO Recommendation on the Ethics of Artificial Intelligence: every clause of a guideline serves at
        least one of its principles, and may belong to one of its policy areas. See the <a href="/guidelines">guidelines</a>.
      </p>

      <section aria-labelledby="values-heading">
        <h2 id="values-heading">Values</h2>
        <ol class="framework-values">
          {[...values]
            .sort((a, b) => a.position - b.position)
            .map((value) => (
              <li key={value.position}>{value.name}</li>
            ))}
        </ol>
      </section>

      <section aria-labelledby="principles-heading">
        <h2 id="principles-heading">Principles</h2>
        <ol class="framework-principles">
          {[...principles]
            .sort((a, b) => a.position - b.position)
            .map((principle) => {
              const clauses = principle.clauses ?? [];
              return (
                <li key={principle.code} id={`principle-${principle.code}`} class="principle" data-principle={principle.code}>
                  <h3>{principle.name}</h3>
                  {clauses.length ? (
                    <>
                      <p class="record-meta">Served by {count(clauses.length, 'clause')}:</p>
                      <ul class="principle-clauses">
                        {clauses.map((clause) => (
                          <li key={`${clause.guidelineId}/${String(clause.clauseKey)}`}>
                            <a href={`/guidelines/${clause.guidelineId}#clause-${keyId(clause.clauseKey)}`}>
                              {clause.guidelineTitle}, clause {clause.number}
                            </a>
                            <StateBadge state={clause.state} />
                            <p class="summary-text clause-excerpt">{excerpt(clause.text)}</p>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p class="hint">No clause serves this principle yet.</p>
                  )}
                </li>
              );
            })}
        </ol>
      </section>

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">Policy areas</h2>
        <ol class="framework-areas">
          {[...policyAreas]
            .sort((a, b) => a.number - b.number)
            .map((area) => (
              <li key={area.number} value={area.number}>
                {area.name}
              </li>
            ))}
        </ol>
      </section>
    </>
  );
}

function excerpt(text: string): string {
  return text.length > 240 ? `${text.slice(0, 239).trimEnd()}…` : text;
}
