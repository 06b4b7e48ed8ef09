import { Link, useParams } from 'react-router';
import { useQuery } from '../client';
import { capitalize, humanize } from '../format';
import { PersonDetailQuery } from '../operations';
import { OrganizationLink, ParagraphLink, QueryView } from '../ui';

export function PersonPage() {
  const { id = '' } = useParams();
  const state = useQuery(PersonDetailQuery, { id });
  return (
    <QueryView state={state} what="person" select={(data) => data.person}>
      {(person) => (
        <article className="person">
          <h1>{person.honorific ? `${person.honorific} ${person.name}` : person.name}</h1>
          {person.aliases.length > 0 && <p className="muted">Also written: {person.aliases.join('; ')}</p>}
          <section aria-labelledby="positions">
            <h2 id="positions">Positions</h2>
            <ul>
              {person.affiliations.nodes.map((a, i) => (
                <li key={i}>
                  {a.title ? `${a.title}, ` : ''}
                  <OrganizationLink organization={a.organization} /> {a.paragraph && <ParagraphLink paragraph={a.paragraph} />}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="sessions">
            <h2 id="sessions">Sessions ({person.participations.totalCount})</h2>
            <ul>
              {person.participations.nodes.map((p) => (
                <li key={p.id}>
                  <Link to={`/sessions/${encodeURIComponent(p.session.id)}`}>{capitalize(p.session.title)}</Link> — {humanize(p.role)}
                  {p.organization && (
                    <>
                      , <OrganizationLink organization={p.organization} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </article>
      )}
    </QueryView>
  );
}
