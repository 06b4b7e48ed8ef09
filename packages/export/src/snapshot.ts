import pg from 'pg';

export type Row = Record<string, unknown>;

/** Rows fetched per round trip: memory stays flat whatever the size of a table. */
export const BATCH_ROWS = 500;

/**
 * A consistent, read-only view of one database: every read runs in one REPEATABLE READ
 * transaction, so the tables of an export agree with each other even while ingestion writes.
 * Rows are streamed through server-side cursors (DECLARE/FETCH), which PostgreSQL and the
 * embedded PGlite both support.
 */
export class Snapshot {
  private cursors = 0;

  private constructor(private readonly client: pg.Client) {}

  static async open(url: string): Promise<Snapshot> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('begin isolation level repeatable read read only');
    return new Snapshot(client);
  }

  /** Yields the rows of `sql` in pages of {@link BATCH_ROWS}. */
  async *rows(sql: string, params: unknown[] = []): AsyncGenerator<Row[]> {
    const cursor = `export_cursor_${++this.cursors}`;
    await this.client.query(`declare ${cursor} no scroll cursor for ${sql}`, params);
    try {
      for (;;) {
        const page = await this.client.query<Row>(`fetch forward ${BATCH_ROWS} from ${cursor}`);
        if (page.rows.length) yield page.rows;
        if (page.rows.length < BATCH_ROWS) return;
      }
    } finally {
      await this.client.query(`close ${cursor}`);
    }
  }

  async close(): Promise<void> {
    try {
      await this.client.query('commit');
    } finally {
      await this.client.end();
    }
  }
}
