import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAknDocuments } from './akn-writer.js';
import type { ExportSource } from './databases.js';
import type { FileEntry } from './file-sink.js';
import { Snapshot } from './snapshot.js';
import { writeTable } from './table-writer.js';
import { TABLES, type SubgraphName } from './tables.js';

export interface Manifest {
  generatedAt: string;
  /** The git commit of the code that wrote the export (SOURCE_COMMIT, else `git rev-parse HEAD`), or null. */
  sourceCommit: string | null;
  tables: { name: string; columns: { name: string; type: string; description: string }[] }[];
  files: FileEntry[];
}

export function sourceCommit(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SOURCE_COMMIT) return env.SOURCE_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/**
 * Writes every table (JSON Lines and CSV), one Akoma Ntoso file per document and `manifest.json`
 * into `dir`. Each database is read in one snapshot, so the files agree with each other.
 */
export async function runExport(source: ExportSource, dir: string, log: (line: string) => void = () => {}): Promise<Manifest> {
  await mkdir(dir, { recursive: true });
  // Subgraphs sharing a database share one snapshot (and one connection).
  const snapshots = new Map<string, Snapshot>();
  const snapshotOf = async (subgraph: SubgraphName) => {
    const { url } = source.subgraphs[subgraph];
    if (!snapshots.has(url)) snapshots.set(url, await Snapshot.open(url));
    return snapshots.get(url)!;
  };
  const files: FileEntry[] = [];
  try {
    for (const table of TABLES) {
      const written = await writeTable(await snapshotOf(table.subgraph), source.subgraphs[table.subgraph].schema, table, dir);
      log(`${table.name}: ${written[0]!.rows} rows`);
      files.push(...written);
    }
    const akn = await writeAknDocuments(await snapshotOf('sessions'), source.subgraphs.sessions.schema, join(dir, 'akn'));
    log(`akn: ${akn.length} documents`);
    files.push(...akn);
  } finally {
    for (const snapshot of snapshots.values()) await snapshot.close();
  }
  const manifest: Manifest = {
    generatedAt: new Date().toISOString(),
    sourceCommit: sourceCommit(),
    tables: TABLES.map((t) => ({ name: t.name, columns: t.columns.map(({ name, type, description }) => ({ name, type, description })) })),
    files: files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
