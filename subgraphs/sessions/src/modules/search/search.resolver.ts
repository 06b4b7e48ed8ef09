import { badUserInput, CONNECTION_LIST_SIZE, costWeight, lookupKey, pageRequest, toConnection } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Paragraph } from '../document/paragraph.entity.js';
import { PageArgs } from '@igc/service-kit';
import { SearchConnection, SearchFilter, SearchHit } from './search.type.js';

const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "';

@Resolver()
export class SearchResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Directive(costWeight(10))
  @Query(() => SearchConnection, {
    description:
      'Ranked full-text search over every paragraph of every ingested document. Accepts web search syntax: "quoted phrases", OR, -excluded.',
  })
  async search(
    @Arg('query', () => String, { description: 'Words to find, e.g. "cybersecurity framework" or "migration -development".' }) query: string,
    @Arg('filter', () => SearchFilter, { nullable: true, description: 'Criteria the paragraphs must meet.' }) filter: SearchFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em, loaders }: Context,
  ): Promise<SearchConnection> {
    if (!query.trim()) throw badUserInput('"query" must contain at least one word.', { argumentName: 'query' });
    const page = pageRequest(args.first, args.after);
    const schema = em.config.get('schema');
    // Positional `?` placeholders, bound in order: the query text first (in the FROM clause).
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
      params.push(lookupKey(filter.body));
      conditions.push('? = any(s.body_keys)');
    }
    if (filter?.year != null) {
      params.push(filter.year);
      // A document without a printed date counts in the year of the session it records.
      conditions.push('extract(year from coalesce(d.date, s.start_date)) = ?');
    }
    const from = `from "${schema}".paragraph p
         join "${schema}".document d on d.id = p.document_id
         left join "${schema}".session s on s.id = d.session_id,
              websearch_to_tsquery('english', ?) q
        where ${conditions.join(' and ')}`;
    const connection = em.getConnection();
    // Rank every hit, but build highlights (the costly part) for the page only; the total is
    // counted from the same hits, so a page past the end still knows it.
    const rows = await connection.execute<{ id: string | null; score: number | null; highlight: string | null; total: string }[]>(
      `with hits as (
         select p.id, p.text, q, ts_rank_cd(p.search_vector, q) as score, d.date, p.position
         ${from}
       ), page as (
         select * from hits order by score desc, date asc nulls last, position asc limit ? offset ?
       )
       select page.id, page.score, ts_headline('english', page.text, page.q, '${HEADLINE_OPTIONS}') as highlight,
              (select count(*) from hits) as total
         from (select 1) as one left join page on true
        order by page.score desc, page.date asc nulls last, page.position asc`,
      [...params, page.limit, page.offset],
    );
    const total = Number(rows[0]?.total ?? 0);
    const found = rows.filter((row): row is { id: string; score: number; highlight: string; total: string } => row.id !== null);
    const paragraphs = await loaders.paragraph.loadMany(found.map((row) => row.id));
    const hits: SearchHit[] = found.map((row, index) => ({
      paragraph: paragraphs[index] as Paragraph,
      score: Number(row.score),
      highlight: row.highlight,
    }));
    return toConnection(hits, total, page);
  }
}
