import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { execute, GraphQLRequestError, type Result } from '../client';
import { formatDate, humanize, paragraphAnchor } from '../format';
import type { DocumentDetailQuery } from '../gql/graphql';
import { DocumentDetailQuery as Query } from '../operations';
import { ErrorMessage, Loading, NotFound } from '../ui';

type Document = NonNullable<DocumentDetailQuery['document']>;
type Paragraph = Document['paragraphs']['nodes'][number];

interface State {
  document: Document | null;
  paragraphs: Paragraph[];
  done: boolean;
  error: Error | null;
}

/** A document with all its paragraphs (fetched page by page), each with an anchor: /documents/ceb-2013-6#annex_3/para_9. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const target = decodeURIComponent(hash.replace(/^#/, ''));
  const [state, setState] = useState<State>({ document: null, paragraphs: [], done: false, error: null });

  useEffect(() => {
    const controller = new AbortController();
    setState({ document: null, paragraphs: [], done: false, error: null });
    void (async () => {
      let after: string | null = null;
      const paragraphs: Paragraph[] = [];
      try {
        for (;;) {
          const { data }: Result<DocumentDetailQuery> = await execute(Query, { id, after }, { signal: controller.signal });
          if (!data?.document) {
            setState({ document: null, paragraphs: [], done: true, error: null });
            return;
          }
          paragraphs.push(...data.document.paragraphs.nodes);
          const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor: string | null } = data.document.paragraphs.pageInfo;
          const done = !hasNextPage || !endCursor;
          setState({ document: data.document, paragraphs: [...paragraphs], done, error: null });
          if (done) return;
          after = endCursor;
        }
      } catch (error) {
        if (!controller.signal.aborted) {
          setState((s) => ({ ...s, done: true, error: error instanceof Error ? error : new GraphQLRequestError(String(error)) }));
        }
      }
    })();
    return () => controller.abort();
  }, [id]);

  const { document, paragraphs, done, error } = state;
  const targetLoaded = Boolean(document && target && paragraphs.some((p) => paragraphAnchor(p.id, document.id) === target));
  useEffect(() => {
    if (targetLoaded) window.document.getElementById(target)?.scrollIntoView({ block: 'center' });
  }, [targetLoaded, target]);

  if (error && !document) return <ErrorMessage error={error} />;
  if (!document) return done ? <NotFound what="document" /> : <Loading what="document" />;
  let previousPath = '';
  return (
    <article className="document">
      <p className="kicker">
        {humanize(document.kind)}
        {document.date && ` · ${formatDate(document.date)}`}
      </p>
      <h1>
        {document.symbol && (
          <span className="symbol" title={document.symbolInferred ? 'Symbol inferred from a document citing it' : undefined}>
            {document.symbol}
          </span>
        )}{' '}
        {document.title}
      </h1>
      {document.session && (
        <p>
          Session: <Link to={`/sessions/${encodeURIComponent(document.session.id)}`}>{document.session.title}</Link>
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {!done && <Loading what={`paragraphs (${paragraphs.length} of ${document.paragraphs.totalCount})`} />}
      <div className="paragraphs">
        {paragraphs.map((p) => {
          const path = p.sectionPath.join(' › ');
          const heading = path !== previousPath && path ? <h2 className="section-path">{path}</h2> : null;
          previousPath = path;
          const anchor = paragraphAnchor(p.id, document.id);
          return (
            <div key={p.id}>
              {heading}
              <p id={anchor} className={anchor === target ? 'paragraph targeted' : 'paragraph'} data-paragraph-id={p.id}>
                <a
                  className="number"
                  href={`#${anchor}`}
                  aria-label={`Link to ${p.number === null ? 'this paragraph' : `paragraph ${p.number}`}`}
                >
                  {p.number ?? '¶'}
                </a>
                {p.text}
              </p>
            </div>
          );
        })}
      </div>
    </article>
  );
}
