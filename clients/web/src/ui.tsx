import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { GraphQLErrorPayload, QueryState } from './client';
import { highlightSegments, paragraphHref, paragraphLabel } from './format';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorMessage({ error }: { error: Error }) {
  return (
    <div className="error" role="alert">
      <strong>Could not load this page.</strong>
      <p>{error.message}</p>
      <button type="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </div>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <div className="error" role="alert">
      <strong>Not found.</strong>
      <p>
        No {what} has this id. Check the address, or go back to the <Link to="/sessions">sessions</Link>.
      </p>
    </div>
  );
}

/** Errors that came with partial data (e.g. one subgraph down): the page shows what it has. */
export function PartialErrors({ errors }: { errors: GraphQLErrorPayload[] }) {
  if (!errors.length) return null;
  return (
    <div className="warning" role="alert">
      <strong>Part of this page is missing.</strong>
      <ul>
        {errors.map((error, i) => (
          <li key={i}>{error.message}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Renders a query's loading, error, not-found and partial-error states, then `children` with the
 * data. `select` picks the entity; null means not found.
 */
export function QueryView<TResult, TEntity>({
  state,
  what,
  select,
  children,
}: {
  state: QueryState<TResult>;
  what: string;
  select: (data: TResult) => TEntity | null | undefined;
  children: (entity: TEntity) => ReactNode;
}) {
  if (state.loading) return <Loading what={what} />;
  if (state.error) return <ErrorMessage error={state.error} />;
  const entity = state.data ? select(state.data) : null;
  if (entity === null || entity === undefined) return <NotFound what={what} />;
  return (
    <>
      <PartialErrors errors={state.errors} />
      {children(entity)}
    </>
  );
}

/** A search excerpt with its <mark> tags rendered as elements and everything else as text. */
export function Highlight({ text }: { text: string }) {
  return (
    <>
      {highlightSegments(text).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}

type ParagraphLike = { id: string; number: number | null; document: { id: string; symbol: string | null; title: string } };

/** A link to a paragraph in its document page, e.g. "CEB/2013/6, para. 10". */
export function ParagraphLink({ paragraph, children }: { paragraph: ParagraphLike; children?: ReactNode }) {
  return (
    <Link className="source" to={paragraphHref(paragraph)}>
      {children ?? paragraphLabel(paragraph)}
    </Link>
  );
}

export function OrganizationLink({ organization }: { organization: { id: string; acronym: string | null; name: string } }) {
  return (
    <Link to={`/organizations/${encodeURIComponent(organization.id)}`} title={organization.name}>
      {organization.acronym ?? organization.name}
    </Link>
  );
}

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: string }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
