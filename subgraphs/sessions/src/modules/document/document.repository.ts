import { arrayLiteral, ConnectionRepository, type Connection, type PageArgs, type ParentPagesQuery } from '@igc/service-kit';
import { QueryOrder } from '@mikro-orm/postgresql';
import type { Document } from './document.entity.js';

export class DocumentRepository extends ConnectionRepository<Document> {
  /** Documents citing the symbol `k.parent`, newest first (index document_date_newest_index). */
  static readonly citing: ParentPagesQuery = {
    from: `from {schema}.document t
      where t.id in (select r.citing_document_id from {schema}.document_reference r where r.symbol = k.parent)`,
    orderBy: 't.date desc nulls last, t.id desc',
  };

  /**
   * For each framework id, the documents whose text contains it, by date of issue: distinct
   * documents picked in SQL (GIN index on framework_ids), not every paragraph.
   */
  async containingFrameworks(frameworkIds: readonly string[]): Promise<Document[][]> {
    const schema = this.em.config.get('schema');
    const rows = await this.em.getConnection().execute<Array<{ framework_id: string; document_id: string }>>(
      `select distinct f.id as framework_id, p.document_id
         from unnest(cast(? as text[])) as f(id) join "${schema}".paragraph p on p.framework_ids @> array[f.id]`,
      [arrayLiteral([...frameworkIds])],
    );
    const documents = await this.find(
      { id: { $in: [...new Set(rows.map((row) => row.document_id))] } },
      {
        orderBy: [{ date: QueryOrder.ASC_NULLS_LAST }, { id: QueryOrder.ASC }],
      },
    );
    return frameworkIds.map((id) => {
      const ids = new Set(rows.filter((row) => row.framework_id === id).map((row) => row.document_id));
      return documents.filter((document) => ids.has(document.id));
    });
  }

  /** Every ingested document, by date of issue. */
  list(args: PageArgs): Promise<Connection<Document>> {
    return this.connection({}, [{ date: QueryOrder.ASC_NULLS_LAST }, { id: QueryOrder.ASC }], args);
  }
}
