import { Link, useParams } from 'react-router';
import { useQuery } from '../client';
import { capitalize, formatDate, groupBy, humanize } from '../format';
import type { FrameworkDetailQuery } from '../gql/graphql';
import { FrameworkDetailQuery as Query } from '../operations';
import { Badge, OrganizationLink, ParagraphLink, QueryView } from '../ui';

type Framework = NonNullable<FrameworkDetailQuery['framework']>;

/** Plural headings for provision kinds. */
const KIND_HEADINGS: Record<string, string> = {
  ASSISTANCE_AREA: 'Areas of assistance',
  COMMITMENT: 'Commitments',
  DEFINITION: 'Definitions',
  MEASURE: 'Measures',
  OBJECTIVE: 'Objectives',
  OTHER: 'Other provisions',
  PRINCIPLE: 'Principles',
  PURPOSE: 'Purposes',
  RECOMMENDATION: 'Recommendations',
  SUCCESS_FACTOR: 'Success factors',
};

export function FrameworkPage() {
  const { id = '' } = useParams();
  const state = useQuery(Query, { id });
  return (
    <QueryView state={state} what="framework" select={(data) => data.framework}>
      {(framework) => <FrameworkView framework={framework} />}
    </QueryView>
  );
}

function FrameworkView({ framework }: { framework: Framework }) {
  const byKind = groupBy(framework.provisions, (p) => p.kind);
  return (
    <article className="framework">
      <p className="kicker">{humanize(framework.kind)}</p>
      <h1>{framework.title}</h1>
      <dl className="facts">
        {framework.issuedBy && (
          <>
            <dt>Issued by</dt>
            <dd>
              <Link to={`/organizations/${encodeURIComponent(framework.issuedBy.id)}`}>{framework.issuedBy.name}</Link>
            </dd>
          </>
        )}
        {framework.author && (
          <>
            <dt>Signed by</dt>
            <dd>
              <Link to={`/people/${encodeURIComponent(framework.author.id)}`}>{framework.author.name}</Link>
            </dd>
          </>
        )}
        {framework.date && (
          <>
            <dt>Date</dt>
            <dd>{formatDate(framework.date)}</dd>
          </>
        )}
        {framework.sourceDocuments.length > 0 && (
          <>
            <dt>Found in</dt>
            <dd>
              {framework.sourceDocuments.map((d, i) => (
                <span key={d.id}>
                  {i > 0 && ', '}
                  <Link to={`/documents/${encodeURIComponent(d.id)}`}>{d.symbol ?? d.title}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="endorsements">
        <h2 id="endorsements">Endorsing sessions ({framework.endorsements.totalCount})</h2>
        {framework.endorsements.totalCount === 0 && <p className="muted">No session is recorded endorsing or adopting it.</p>}
        <ul className="endorsements">
          {framework.endorsements.nodes.map((e) => (
            <li key={e.id} data-session-id={e.session.id}>
              <Badge tone="kind">{humanize(e.kind)}</Badge>{' '}
              <Link to={`/sessions/${encodeURIComponent(e.session.id)}`}>{capitalize(e.session.title)}</Link>
              {e.session.startDate && <span className="muted"> ({formatDate(e.session.startDate)})</span>}
              <p className="outcome-text">{e.text}</p>
              <ParagraphLink paragraph={e.paragraph} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roles">
        <h2 id="roles">Roles ({framework.roles.length})</h2>
        <table className="roles">
          <thead>
            <tr>
              <th>Organization</th>
              <th>Role</th>
              <th>What the source says</th>
            </tr>
          </thead>
          <tbody>
            {framework.roles.map((role, i) => (
              <tr key={i}>
                <td>
                  <OrganizationLink organization={role.organization} />
                </td>
                <td>{humanize(role.role)}</td>
                <td className="muted">{role.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="provisions">
        <h2 id="provisions">Provisions ({framework.provisions.length})</h2>
        <nav className="toc" aria-label="Provisions by kind">
          {byKind.map(([kind, provisions]) => (
            <a key={kind} href={`#kind-${kind}`}>
              {KIND_HEADINGS[kind] ?? humanize(kind)} ({provisions.length})
            </a>
          ))}
        </nav>
        {byKind.map(([kind, provisions]) => (
          <section key={kind} id={`kind-${kind}`} className="provision-kind" data-kind={kind}>
            <h3>
              {KIND_HEADINGS[kind] ?? humanize(kind)} ({provisions.length})
            </h3>
            <ol>
              {provisions.map((p) => (
                <li key={p.id} value={p.ordinal}>
                  {p.label && <span className="label">{p.label} </span>}
                  {p.title && <strong>{p.title}. </strong>}
                  {p.text} {p.paragraph && <ParagraphLink paragraph={p.paragraph} />}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </article>
  );
}
