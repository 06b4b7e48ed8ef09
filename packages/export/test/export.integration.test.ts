import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, paragraphEId, type Manifest } from '@igc/export';
import { DATABASE_KINDS } from '@igc/testing';
import { startSeededGateway, type SeededGateway } from '../../../gateway/test/seeded-gateway.js';
import { apiTotals, type ApiTotals } from './api-totals.js';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'packages/export/dist/cli.js');
const run = promisify(execFile);

/** The paragraphs of an Akoma Ntoso file: eId, and the eId of the section (or annex) that holds it. */
function paragraphsIn(xml: string): { eId: string; container: string | null }[] {
  const found: { eId: string; container: string | null }[] = [];
  const walk = (node: unknown, container: string | null): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, container);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      for (const child of [value].flat() as Record<string, string>[]) {
        if (key === 'paragraph') found.push({ eId: child['@_eId']!, container });
        const eId = child?.['@_eId'];
        walk(child, key === 'section' ? eId! : key === 'attachment' ? eId!.replace(/^att_/, '') : container);
      }
    }
  };
  walk(new XMLParser({ ignoreAttributes: false }).parse(xml), null);
  return found;
}

describe.each(DATABASE_KINDS)('npm run export on %s', (kind) => {
  let stack: SeededGateway;
  let api: ApiTotals;
  const tmp = mkdtempSync(join(tmpdir(), 'igc-export-'));
  const outA = join(tmp, 'a');
  const outB = join(tmp, 'b');
  let manifest: Manifest;

  beforeAll(async () => {
    stack = await startSeededGateway(kind);
    // On PGlite, the CLI finds the running embedded database by its port, as after `npm start`.
    const database = kind === 'pglite' ? { EMBEDDED_DB_PORT: new URL(stack.db.url).port } : { DATABASE_URL: stack.db.url };
    const env = { PATH: process.env.PATH, ...stack.schemas, ...database };
    await run(process.execPath, [CLI, '--out', outA], { cwd: ROOT, env });
    await run(process.execPath, [CLI, '--out', outB], { cwd: ROOT, env });
    manifest = JSON.parse(readFileSync(join(outA, 'manifest.json'), 'utf8')) as Manifest;
    api = await apiTotals(stack.url);
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  const rowsOf = (table: string) =>
    readFileSync(join(outA, `${table}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes every table with the API ids, and as many rows as the API has', () => {
    for (const [table, ids] of Object.entries(api.ids)) {
      expect(ids.length, table).toBeGreaterThan(0);
      expect(
        rowsOf(table)
          .map((row) => row.id)
          .sort(),
        table,
      ).toEqual([...ids].sort());
    }
    for (const [table, count] of Object.entries(api.counts)) {
      expect(count, table).toBeGreaterThan(0);
      expect(rowsOf(table), table).toHaveLength(count);
    }
    expect(Object.keys(api.ids).length + Object.keys(api.counts).length).toBe(TABLES.length);
  });

  it('writes each table as CSV with the documented header, the same rows as its JSON Lines', () => {
    for (const table of TABLES) {
      const [header, ...records] = parseCsv(readFileSync(join(outA, `${table.name}.csv`)), { relaxQuotes: false }) as string[][];
      expect(header).toEqual(table.columns.map((c) => c.name));
      const json = rowsOf(table.name);
      expect(records.map((r) => r[0])).toEqual(json.map((row) => row.id));
      const listColumn = table.columns.findIndex((c) => c.type === 'text[]');
      if (listColumn >= 0) expect(JSON.parse(records[0]![listColumn]!)).toEqual(json[0]![table.columns[listColumn]!.name]);
      expect(Object.keys(json[0]!)).toEqual(header);
    }
  });

  it('puts provenance on every fact', () => {
    for (const table of ['agenda_items', 'affiliations', 'participations', 'outcomes', 'provisions', 'framework_roles', 'citations']) {
      const rows = rowsOf(table);
      expect(
        rows.every((row) => typeof row.document_id === 'string' && 'paragraph_id' in row),
        table,
      ).toBe(true);
    }
    expect(rowsOf('outcomes').every((row) => typeof row.paragraph_id === 'string')).toBe(true);
  });

  it('lists every file in the manifest with its rows, bytes and sha256', () => {
    expect(manifest.sourceCommit).toMatch(/^[0-9a-f]{40}$/);
    const onDisk = [
      ...readdirSync(outA).filter((f) => f !== 'manifest.json' && f !== 'akn'),
      ...readdirSync(join(outA, 'akn')).map((f) => `akn/${f}`),
    ];
    expect(manifest.files.map((f) => f.name).sort()).toEqual(onDisk.sort());
    expect(manifest.files).toHaveLength(TABLES.length * 2 + api.ids.documents.length);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(outA, file.name));
      expect({ name: file.name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual({
        name: file.name,
        bytes: file.bytes,
        sha256: file.sha256,
      });
      if (file.name.endsWith('.jsonl')) expect(bytes.toString().split('\n').filter(Boolean)).toHaveLength(file.rows);
    }
  });

  it('writes one well-formed Akoma Ntoso file per document that covers every paragraph', () => {
    for (const [documentId, paragraphIds] of api.paragraphsByDocument) {
      const xml = readFileSync(join(outA, 'akn', `${documentId}.xml`), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      const paragraphs = paragraphsIn(xml);
      expect(paragraphs.map((p) => p.eId).sort()).toEqual(paragraphIds.map((id) => paragraphEId(documentId, id)).sort());
      // An unnumbered paragraph's eId names its sections (annex_a__hcontainer_3__p_1): it sits in that section.
      for (const { eId, container } of paragraphs.filter((p) => /(^|__)p_\d+$/.test(p.eId))) {
        expect(container, eId).toBe(eId.includes('__') ? eId.slice(0, eId.lastIndexOf('__')) : null);
      }
      expect(manifest.files.find((f) => f.name === `akn/${documentId}.xml`)!.rows).toBe(paragraphIds.length);
    }
    const annexed = readFileSync(join(outA, 'akn', 'ceb-2013-6.xml'), 'utf8');
    expect(annexed).toContain('<FRBRthis value="/akn/un/doc/report/hlcp/2013-11-11/CEB-2013-6/!main"/>');
    expect(annexed).toContain('<FRBRlanguage language="eng"/>');
    expect(annexed).toMatch(/<attachment eId="att_annex_3">[\s\S]*<paragraph eId="annex_3__para_9">/);
    expect(annexed).toMatch(/<section eId="sec_1">\s*<heading>I\. Introduction<\/heading>\s*<paragraph eId="para_1">/);
  });

  it('gives the same files for unchanged data: two exports differ only in the time of generation', () => {
    const second = JSON.parse(readFileSync(join(outB, 'manifest.json'), 'utf8')) as Manifest;
    expect({ ...second, generatedAt: null }).toEqual({ ...manifest, generatedAt: null });
    expect(Date.parse(second.generatedAt)).toBeGreaterThanOrEqual(Date.parse(manifest.generatedAt));
    for (const file of manifest.files) {
      expect(readFileSync(join(outB, file.name)).equals(readFileSync(join(outA, file.name))), file.name).toBe(true);
    }
  });
});
