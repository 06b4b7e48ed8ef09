import { type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../client';
import { capitalize, formatDateRange, humanize } from '../format';
import type { SessionFilter, SessionStatus } from '../gql/graphql';
import { SessionsListQuery } from '../operations';
import { Badge, ErrorMessage, Loading, PartialErrors } from '../ui';

const PAGE_SIZE = 20;

/** The filters live in the URL (?body=HLCP&year=2013&status=HELD), so a filtered list can be shared. */
function filterFrom(params: URLSearchParams): SessionFilter {
  const filter: SessionFilter = {};
  const body = params.get('body');
  const year = Number(params.get('year'));
  const status = params.get('status');
  if (body) filter.body = body;
  if (Number.isInteger(year) && year > 0) filter.year = year;
  if (status === 'HELD' || status === 'SCHEDULED') filter.status = status satisfies SessionStatus;
  if (params.get('from')) filter.from = params.get('from');
  if (params.get('to')) filter.to = params.get('to');
  return filter;
}

export function SessionsPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const after = params.get('after');
  const state = useQuery(SessionsListQuery, { filter, first: PAGE_SIZE, after });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim()) next.set(key, value.trim());
    }
    setParams(next);
  }

  const sessions = state.data?.sessions;
  return (
    <section>
      <h1>Sessions</h1>
      <form className="filters" onSubmit={onSubmit} aria-label="Filter sessions" key={params.toString()}>
        <label>
          Body
          <input name="body" defaultValue={params.get('body') ?? ''} placeholder="HLCP, CEB, General Assembly…" />
        </label>
        <label>
          Year
          <input name="year" type="number" min="1945" max="2100" defaultValue={params.get('year') ?? ''} />
        </label>
        <label>
          Status
          <select name="status" defaultValue={params.get('status') ?? ''}>
            <option value="">Any</option>
            <option value="HELD">Held</option>
            <option value="SCHEDULED">Scheduled</option>
          </select>
        </label>
        <label>
          From
          <input name="from" type="date" defaultValue={params.get('from') ?? ''} />
        </label>
        <label>
          To
          <input name="to" type="date" defaultValue={params.get('to') ?? ''} />
        </label>
        <button type="submit">Apply filters</button>
        <Link to="/sessions">Clear</Link>
      </form>

      {state.loading && <Loading what="sessions" />}
      {state.error && <ErrorMessage error={state.error} />}
      {sessions && (
        <>
          <PartialErrors errors={state.errors} />
          <p className="count" data-testid="session-count">
            {sessions.totalCount === 1 ? '1 session' : `${sessions.totalCount} sessions`}
          </p>
          {sessions.nodes.length === 0 ? (
            <p>No session matches these filters.</p>
          ) : (
            <table className="sessions">
              <thead>
                <tr>
                  <th>Session</th>
                  <th>Body</th>
                  <th>Dates</th>
                  <th>Place</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {sessions.nodes.map((session) => (
                  <tr key={session.id} data-session-id={session.id}>
                    <td>
                      <Link to={`/sessions/${encodeURIComponent(session.id)}`}>{capitalize(session.title)}</Link>
                      {session.hasRecord && <Badge tone="record">record</Badge>}
                    </td>
                    <td>{session.body.acronym ?? session.body.name}</td>
                    <td>{formatDateRange(session.startDate, session.endDate) || session.year || ''}</td>
                    <td>{[session.location?.city, session.location?.country].filter(Boolean).join(', ')}</td>
                    <td>{humanize(session.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav className="pager" aria-label="Pages">
            {after && <Link to={`?${withParam(params, 'after', null)}`}>First page</Link>}
            {sessions.pageInfo.hasNextPage && sessions.pageInfo.endCursor && (
              <Link to={`?${withParam(params, 'after', sessions.pageInfo.endCursor)}`}>Next page</Link>
            )}
          </nav>
        </>
      )}
    </section>
  );
}

function withParam(params: URLSearchParams, key: string, value: string | null): string {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next.toString();
}
