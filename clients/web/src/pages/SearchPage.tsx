import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '../client';
import { paragraphHref, paragraphLabel } from '../format';
import { SearchQuery } from '../operations';
import { ErrorMessage, Highlight, Loading, PartialErrors } from '../ui';

const PAGE_SIZE = 10;

export function SearchPage() {
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  return (
    <section>
      <h1>Search</h1>
      <SearchForm initial={query} />
      {query ? (
        <Results query={query} after={params.get('after')} />
      ) : (
        <p className="muted">Type words to find, e.g. "cybersecurity framework", "migration -development" or a "quoted phrase".</p>
      )}
    </section>
  );
}

export function SearchForm({ initial = '', compact = false }: { initial?: string; compact?: boolean }) {
  // The results page URL (/search?q=…) is the shareable state; the form only navigates there.
  const navigate = useNavigate();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the landmark every browser and screen reader knows.
    <form
      action="/search"
      method="get"
      role="search"
      className={compact ? 'search compact' : 'search'}
      key={initial}
      onSubmit={(event) => {
        event.preventDefault();
        const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
        if (q) void navigate(`/search?${new URLSearchParams({ q })}`);
      }}
    >
      <input type="search" name="q" defaultValue={initial} aria-label="Search the record" placeholder="Search paragraphs…" />
      <button type="submit">Search</button>
    </form>
  );
}

function Results({ query, after }: { query: string; after: string | null }) {
  const state = useQuery(SearchQuery, { query, first: PAGE_SIZE, after });
  if (state.loading) return <Loading what="results" />;
  if (state.error) return <ErrorMessage error={state.error} />;
  const search = state.data!.search;
  return (
    <>
      <PartialErrors errors={state.errors} />
      <p className="count" data-testid="hit-count">
        {search.totalCount === 1 ? '1 paragraph' : `${search.totalCount} paragraphs`} match “{query}”
      </p>
      <ol className="hits">
        {search.nodes.map((hit) => (
          <li key={hit.paragraph.id} className="hit" data-paragraph-id={hit.paragraph.id}>
            <Link to={paragraphHref(hit.paragraph)} className="hit-link">
              {paragraphLabel(hit.paragraph)}
            </Link>{' '}
            <span className="muted">{hit.paragraph.document.title}</span>
            {hit.paragraph.sectionPath.length > 0 && <p className="section-path">{hit.paragraph.sectionPath.join(' › ')}</p>}
            <p className="excerpt">
              <Highlight text={hit.highlight} />
            </p>
          </li>
        ))}
      </ol>
      <nav className="pager" aria-label="Pages">
        {after && <Link to={`/search?${new URLSearchParams({ q: query })}`}>First results</Link>}
        {search.pageInfo.hasNextPage && search.pageInfo.endCursor && (
          <Link to={`/search?${new URLSearchParams({ q: query, after: search.pageInfo.endCursor })}`}>More results</Link>
        )}
      </nav>
    </>
  );
}
