import { Link } from 'react-router';
import { useQuery } from '../client';
import { formatDate, humanize } from '../format';
import { FrameworksListQuery } from '../operations';
import { QueryView } from '../ui';

export function FrameworksPage() {
  const state = useQuery(FrameworksListQuery, { first: 100 });
  return (
    <section>
      <h1>Frameworks</h1>
      <QueryView state={state} what="frameworks" select={(data) => data.frameworks}>
        {(frameworks) => (
          <>
            <p className="count">{frameworks.totalCount} frameworks, statements and sets of recommendations</p>
            <ul className="frameworks">
              {frameworks.nodes.map((framework) => (
                <li key={framework.id}>
                  <Link to={`/frameworks/${encodeURIComponent(framework.id)}`}>{framework.title}</Link>{' '}
                  <span className="muted">
                    {humanize(framework.kind)}
                    {framework.issuedBy && ` · ${framework.issuedBy.acronym ?? framework.issuedBy.name}`}
                    {framework.date && ` · ${formatDate(framework.date)}`}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryView>
    </section>
  );
}
