import { Link, useParams } from 'react-router';
import { useQuery } from '../client';
import { capitalize, formatDate, groupBy, humanize } from '../format';
import type { OrganizationDetailQuery } from '../gql/graphql';
import { OrganizationDetailQuery as Query } from '../operations';
import { Badge, OrganizationLink, ParagraphLink, QueryView } from '../ui';

type Organization = NonNullable<OrganizationDetailQuery['organization']>;

const KIND_LABELS: Record<string, string> = {
  COORDINATION_BODY: 'Coordination body',
  GOVERNMENT: 'Government',
  INTERGOVERNMENTAL_ORGANIZATION: 'Intergovernmental organization',
  NON_GOVERNMENTAL: 'Non-governmental',
  PRINCIPAL_ORGAN: 'Principal organ of the United Nations',
  REGIONAL_ORGANIZATION: 'Regional organization',
  SECRETARIAT_OFFICE: 'Office of the UN Secretariat',
  UN_SYSTEM_ENTITY: 'UN system entity',
};

export function OrganizationPage() {
  const { id = '' } = useParams();
  const state = useQuery(Query, { id });
  return (
    <QueryView state={state} what="organization" select={(data) => data.organization}>
      {(organization) => <OrganizationView organization={organization} />}
    </QueryView>
  );
}

function OrganizationView({ organization }: { organization: Organization }) {
  const people = groupBy(organization.affiliations.nodes, (a) => a.person.id);
  return (
    <article className="organization">
      <p className="kicker">{KIND_LABELS[organization.kind] ?? humanize(organization.kind)}</p>
      <h1>
        {organization.name}
        {organization.acronym && <span className="muted"> ({organization.acronym})</span>}
      </h1>
      <dl className="facts">
        {organization.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>{organization.aliases.join('; ')}</dd>
          </>
        )}
        {organization.parent && (
          <>
            <dt>Part of</dt>
            <dd>
              <OrganizationLink organization={organization.parent} />
            </dd>
          </>
        )}
        {organization.children.length > 0 && (
          <>
            <dt>Bodies</dt>
            <dd>
              {organization.children.map((child, i) => (
                <span key={child.id}>
                  {i > 0 && ', '}
                  <OrganizationLink organization={child} />
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="people">
        <h2 id="people">People ({people.length})</h2>
        {people.length === 0 && <p className="muted">No one is known to hold a position here.</p>}
        <ul className="people">
          {people.map(([personId, affiliations]) => {
            const person = affiliations[0]!.person;
            const titles = [...new Set(affiliations.map((a) => a.title).filter((t): t is string => Boolean(t)))];
            return (
              <li key={personId}>
                <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                {titles.length > 0 && <span>, {titles.join('; ')}</span>}{' '}
                <span className="sources">
                  {affiliations.map((a, i) => (a.paragraph ? <ParagraphLink key={i} paragraph={a.paragraph} /> : null))}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="participations">
        <h2 id="participations">Participations ({organization.participations.totalCount})</h2>
        <Shown count={organization.participations.nodes.length} total={organization.participations.totalCount} />
        {organization.participations.totalCount === 0 ? (
          <p className="muted">No delegation listed in the ingested records.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Session</th>
                <th>Delegate</th>
                <th>Role</th>
              </tr>
            </thead>
            <tbody>
              {organization.participations.nodes.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/sessions/${encodeURIComponent(p.session.id)}`}>{capitalize(p.session.title)}</Link>
                  </td>
                  <td>
                    <Link to={`/people/${encodeURIComponent(p.person.id)}`}>{p.person.name}</Link>
                  </td>
                  <td>{humanize(p.role)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="framework-roles">
        <h2 id="framework-roles">Framework roles ({organization.frameworkRoles.totalCount})</h2>
        {organization.frameworkRoles.totalCount === 0 && <p className="muted">No role in a framework.</p>}
        <ul className="roles">
          {organization.frameworkRoles.nodes.map((role, i) => (
            <li key={i}>
              <Badge tone="kind">{humanize(role.role)}</Badge>{' '}
              <Link to={`/frameworks/${encodeURIComponent(role.framework.id)}`}>{role.framework.title}</Link>
              {role.description && <p className="muted">{role.description}</p>}
              {role.paragraph && <ParagraphLink paragraph={role.paragraph} />}
            </li>
          ))}
        </ul>
      </section>

      {organization.sessionsConvened.totalCount > 0 && (
        <section aria-labelledby="convened">
          <h2 id="convened">Sessions convened ({organization.sessionsConvened.totalCount})</h2>
          <Shown count={organization.sessionsConvened.nodes.length} total={organization.sessionsConvened.totalCount} />
          <ul>
            {organization.sessionsConvened.nodes.map((s) => (
              <li key={s.id}>
                <Link to={`/sessions/${encodeURIComponent(s.id)}`}>{capitalize(s.title)}</Link>{' '}
                <span className="muted">{formatDate(s.startDate)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="mentions">
        <h2 id="mentions">Mentioned in {organization.mentions.totalCount} paragraphs</h2>
        <ul className="mentions">
          {organization.mentions.nodes.map((paragraph) => (
            <li key={paragraph.id}>
              <ParagraphLink paragraph={paragraph} />: <span className="excerpt">{excerpt(paragraph.text)}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

/** Says when a long list shows only its newest items. */
function Shown({ count, total }: { count: number; total: number }) {
  return count < total ? <p className="muted">The {count} most recent are shown.</p> : null;
}

function excerpt(text: string, length = 220): string {
  return text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, '')}…` : text;
}
