import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '../client';
import { capitalize, formatDateRange, groupBy, humanize } from '../format';
import type { AgendaItemFieldsFragment, SessionDetailQuery } from '../gql/graphql';
import { SessionDetailQuery as Query } from '../operations';
import { Badge, OrganizationLink, ParagraphLink, QueryView } from '../ui';

type Session = NonNullable<SessionDetailQuery['session']>;

export function SessionPage() {
  const { id = '' } = useParams();
  const state = useQuery(Query, { id });
  return (
    <QueryView state={state} what="session" select={(data) => data.session}>
      {(session) => <SessionView session={session} />}
    </QueryView>
  );
}

function SessionView({ session }: { session: Session }) {
  const where = session.location;
  return (
    <article className="session">
      <p className="kicker">
        <OrganizationLink organization={session.body} /> · {humanize(session.status)}
      </p>
      <h1>{capitalize(session.title)}</h1>
      <dl className="facts">
        <dt>Convened by</dt>
        <dd>
          <Link to={`/organizations/${encodeURIComponent(session.body.id)}`}>{session.body.name}</Link>
        </dd>
        {(session.startDate || session.year) && (
          <>
            <dt>Dates</dt>
            <dd data-testid="session-dates">{formatDateRange(session.startDate, session.endDate) || session.year}</dd>
          </>
        )}
        {where && (where.city || where.venue) && (
          <>
            <dt>Place</dt>
            <dd data-testid="session-place">
              {[where.city, where.country].filter(Boolean).join(', ')}
              {where.venue && <span className="venue"> — {where.venue}</span>}
              {where.host && (
                <>
                  {' '}
                  (host: <OrganizationLink organization={where.host} />)
                </>
              )}
            </dd>
          </>
        )}
        {session.documents.length > 0 && (
          <>
            <dt>Documents</dt>
            <dd>
              <ul className="inline">
                {session.documents.map((document) => (
                  <li key={document.id}>
                    <Link to={`/documents/${encodeURIComponent(document.id)}`}>{document.symbol ?? document.title}</Link>{' '}
                    <span className="muted">{document.title}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {!session.hasRecord && (
        <p className="muted">No record of this session was ingested; it is known from other documents that mention it.</p>
      )}

      <section aria-labelledby="agenda">
        <h2 id="agenda">Agenda</h2>
        {session.agenda.length === 0 ? (
          <p className="muted">No agenda in the ingested documents.</p>
        ) : (
          <ol className="agenda">
            {session.agenda.map((item) => (
              <AgendaEntry key={item.id} item={item}>
                {item.subItems.length > 0 && (
                  <ol className="sub-items">
                    {item.subItems.map((sub) => (
                      <AgendaEntry key={sub.id} item={sub} />
                    ))}
                  </ol>
                )}
              </AgendaEntry>
            ))}
          </ol>
        )}
      </section>

      <Participants participants={session.participants} />

      <section aria-labelledby="outcomes">
        <h2 id="outcomes">Outcomes ({session.outcomes.length})</h2>
        {session.outcomes.length === 0 && <p className="muted">No decisions recorded.</p>}
        {/* Outcomes read from the same paragraph share one quotation of it. */}
        <ol className="outcomes">
          {groupBy(session.outcomes, (outcome) => outcome.paragraph.id).map(([paragraphId, outcomes]) => (
            <li key={paragraphId} className="outcome-group" data-paragraph-id={paragraphId}>
              {outcomes.map((outcome) => (
                <div key={outcome.id} className="outcome" data-outcome-id={outcome.id}>
                  <p>
                    <Badge tone="kind">{humanize(outcome.kind)}</Badge>
                    {outcome.agendaItem && <span className="muted"> under item {outcome.agendaItem.label}</span>}
                    {outcome.framework && (
                      <>
                        {' · '}
                        <Link to={`/frameworks/${encodeURIComponent(outcome.framework.id)}`}>{outcome.framework.title}</Link>
                      </>
                    )}
                    {outcome.document && (
                      <>
                        {' · '}
                        <Link to={`/documents/${encodeURIComponent(outcome.document.id)}`}>
                          {outcome.document.symbol ?? outcome.document.title}
                        </Link>
                      </>
                    )}
                  </p>
                  <p className="outcome-text">{outcome.text}</p>
                </div>
              ))}
              <figure className="provenance">
                <blockquote>{outcomes[0]!.paragraph.text}</blockquote>
                <figcaption>
                  From <ParagraphLink paragraph={outcomes[0]!.paragraph} />
                </figcaption>
              </figure>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function AgendaEntry({ item, children }: { item: AgendaItemFieldsFragment; children?: ReactNode }) {
  return (
    <li data-agenda-item={item.id}>
      <span className="label">{item.label}.</span> {item.title}
      {item.outcomes.length > 0 && (
        <span className="muted">
          {' '}
          — {item.outcomes.length} {item.outcomes.length === 1 ? 'outcome' : 'outcomes'}
        </span>
      )}
      {item.organizations.length > 0 && (
        <span className="concerns">
          {' '}
          (
          {item.organizations.map((organization, i) => (
            <span key={organization.id}>
              {i > 0 && ', '}
              <OrganizationLink organization={organization} />
            </span>
          ))}
          )
        </span>
      )}
      {children}
    </li>
  );
}

const OFFICER_ORDER = ['CHAIR', 'VICE_CHAIR', 'SECRETARY'];

function Participants({ participants }: { participants: Session['participants'] }) {
  const officers = participants
    .filter((p) => p.role !== 'PARTICIPANT')
    .sort((a, b) => OFFICER_ORDER.indexOf(a.role) - OFFICER_ORDER.indexOf(b.role));
  const delegations = groupBy(
    participants.filter((p) => p.organization),
    (p) => p.organization!.id,
  );
  return (
    <section aria-labelledby="participants">
      <h2 id="participants">
        Participants ({participants.length}
        {delegations.length > 0 && `, ${delegations.length} delegations`})
      </h2>
      {participants.length === 0 && <p className="muted">No list of participants in the ingested documents.</p>}
      {officers.length > 0 && (
        <ul className="officers">
          {officers.map((p) => (
            <li key={p.id}>
              {roleLabel(p.role)}: <PersonLink person={p.person} />
              {p.organization && (
                <>
                  {' '}
                  (<OrganizationLink organization={p.organization} />)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="delegations">
        {delegations.map(([id, members]) => {
          const organization = members[0]!.organization!;
          return (
            <section key={id} className="delegation" data-delegation={id}>
              <h3>
                <Link to={`/organizations/${encodeURIComponent(organization.id)}`}>{organization.name}</Link>
                {organization.acronym && organization.acronym !== organization.name && (
                  <span className="muted"> ({organization.acronym})</span>
                )}
              </h3>
              <ul>
                {members.map((p) => (
                  <li key={p.id}>
                    <PersonLink person={p.person} />
                    {p.role !== 'PARTICIPANT' && <Badge>{roleLabel(p.role)}</Badge>}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}

function PersonLink({ person }: { person: { id: string; name: string; honorific: string | null } }) {
  return (
    <Link to={`/people/${encodeURIComponent(person.id)}`} title={person.honorific ? `${person.honorific} ${person.name}` : undefined}>
      {person.name}
    </Link>
  );
}

const ROLE_LABELS: Record<string, string> = {
  CHAIR: 'Chair',
  VICE_CHAIR: 'Vice-Chair',
  SECRETARY: 'Secretary',
  PARTICIPANT: 'Participant',
};
const roleLabel = (role: string) => ROLE_LABELS[role] ?? humanize(role);
