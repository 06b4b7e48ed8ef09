import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { FileSink, type FileEntry } from './file-sink.js';
import type { Row, Snapshot } from './snapshot.js';
import { tableQuery, type Column, type Table } from './tables.js';

/** CSV cells: null is empty, booleans are true/false, lists are JSON arrays. */
function csvCell(column: Column, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (column.type === 'text[]') return JSON.stringify(value);
  return String(value);
}

/** JSON Lines: keys in column order, lists as arrays, nulls kept so every line has every key. */
function jsonLine(columns: Column[], row: Row): string {
  const ordered: Row = {};
  for (const column of columns) ordered[column.name] = row[column.name] ?? null;
  return `${JSON.stringify(ordered)}\n`;
}

/** Streams one table from the snapshot into `<name>.jsonl` and `<name>.csv` (with a header row). */
export async function writeTable(snapshot: Snapshot, schema: string, table: Table, dir: string): Promise<FileEntry[]> {
  const jsonl = new FileSink(join(dir, `${table.name}.jsonl`), `${table.name}.jsonl`);
  const csv = new FileSink(join(dir, `${table.name}.csv`), `${table.name}.csv`);
  await csv.write(stringify([table.columns.map((c) => c.name)]));
  for await (const page of snapshot.rows(tableQuery(table, schema))) {
    await jsonl.write(page.map((row) => jsonLine(table.columns, row)).join(''));
    await csv.write(stringify(page.map((row) => table.columns.map((c) => csvCell(c, row[c.name])))));
    jsonl.rows += page.length;
    csv.rows += page.length;
  }
  return [await jsonl.close(), await csv.close()];
}
