import { badUserInput, limitLength, lookupKey, MAX_SEARCH_QUERY_LENGTH, pageRequest, toConnection, type PageArgs } from '@igc/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Paragraph } from '../document/paragraph.entity.js';
import type { SearchConnection } from './search-connection.type.js';
import type { SearchFilter } from './search-filter.input.js';
import type { SearchHit } from './search-hit.type.js';
import type { Loaders } from '../../loaders.js';

/** Matches ranked per search: its cost stays bounded however common the words are. */
export const SEARCH_CANDIDATES = 1000;

const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * Full-text search over paragraphs in bounded work: at most SEARCH_CANDIDATES (+1, to know there
 * are more) matches are taken from the GIN index and ranked, highlights are built for the page
 * only, and the total is counted among the candidates (exact below the cap, a lower bound above).
 */
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  async search(query: string, filter: SearchFilter | null, args: PageArgs): Promise<SearchConnection> {
    limitLength(query, 'query', MAX_SEARCH_QUERY_LENGTH);
    if (!query.trim()) throw badUserInput('"query" must contain at least one word.', { argumentName: 'query' });
    const page = pageRequest(args.first, args.after);
    const { conditions, params } = this.conditions(query, filter);
    const schema = this.em.config.get('schema');
    type Row = { id: string | null; score: number | null; highlight: string | null; total: string };
    const rows = await this.em.getConnection().execute<Row[]>(
      `with candidates as materialized (
         select p.id, p.text, p.search_vector, p.position, d.date, q
           from "${schema}".paragraph p
           join "${schema}".document d on d.id = p.document_id
           left join "${schema}".session s on s.id = d.session_id,
                websearch_to_tsquery('english', ?) q
          where ${conditions.join(' and ')}
          limit ${SEARCH_CANDIDATES + 1}
       ), page as (
         select id, text, q, ts_rank_cd(search_vector, q) as score, date, position
           from candidates order by score desc, date asc nulls last, position asc, id asc limit ? offset ?
       )
       select page.id, page.score, ts_headline('english', page.text, page.q, '${HEADLINE_OPTIONS}') as highlight,
              (select count(*) from candidates) as total
         from (select 1) as one left join page on true
        order by page.score desc, page.date asc nulls last, page.position asc, page.id asc`,
      [...params, page.limit, page.offset],
    );
    const matches = Number(rows[0]?.total ?? 0);
    const found = rows.filter((row): row is Row & { id: string; score: number; highlight: string } => row.id !== null);
    const paragraphs = await this.loaders.paragraph.loadMany(found.map((row) => row.id));
    const hits: SearchHit[] = found.map((row, index) => ({
      paragraph: paragraphs[index] as Paragraph,
      score: Number(row.score),
      highlight: row.highlight,
    }));
    return { ...toConnection(hits, Math.min(matches, SEARCH_CANDIDATES), page), totalCountIsExact: matches <= SEARCH_CANDIDATES };
  }

  /** SQL conditions and their `?` parameters, bound in order after the query text. */
  private conditions(query: string, filter: SearchFilter | null): { conditions: string[]; params: unknown[] } {
    const params: unknown[] = [query];
    const conditions = ['p.search_vector @@ q'];
    if (filter?.documentId) {
      params.push(filter.documentId);
      conditions.push('p.document_id = ?');
    }
    if (filter?.sessionId) {
      params.push(filter.sessionId, filter.sessionId);
      conditions.push('(d.session_id = ? or ? = any(p.session_ids))');
    }
    if (filter?.organizationId) {
      params.push(filter.organizationId);
      conditions.push('? = any(p.organization_ids)');
    }
    if (filter?.body) {
      params.push(lookupKey(limitLength(filter.body, 'filter.body')));
      conditions.push('? = any(s.body_keys)');
    }
    if (filter?.year != null) {
      params.push(filter.year);
      // A document without a printed date counts in the year of the session it records.
      conditions.push('extract(year from coalesce(d.date, s.start_date)) = ?');
    }
    return { conditions, params };
  }
}
