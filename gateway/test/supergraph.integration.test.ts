import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { composeSupergraph } from '@igc/gateway';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readCostTable } from '../src/cost-estimator.js';
import { contractCheckScript, ROOT } from './contract-path.js';

describe('committed supergraph', () => {
  it('matches what `npm run compose` produces from the subgraphs (run it and commit when this fails)', async () => {
    const { supergraphSdl, apiSchemaSdl } = await composeSupergraph();
    expect(readFileSync(`${ROOT}gateway/supergraph.graphql`, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(`${ROOT}gateway/schema.graphql`, 'utf8')).toBe(apiSchemaSdl);
  });

  it('satisfies the public contract', () => {
    const output = execFileSync(process.execPath, [contractCheckScript(), 'gateway/schema.graphql'], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toMatch(/contract: (\d+)\/\1 items satisfied/);
  });

  it('routes each subgraph to its own service', () => {
    const supergraph = readFileSync(`${ROOT}gateway/supergraph.graphql`, 'utf8');
    for (const name of ['SESSIONS', 'ENTITIES', 'FRAMEWORKS']) {
      expect(supergraph).toMatch(
        new RegExp(`${name} @join__graph\\(name: "${name.toLowerCase()}", url: "http://127\\.0\\.0\\.1:400\\d/graphql"\\)`),
      );
    }
  });

  it('carries the demand-control directives: every list of objects and every connection declares its size', () => {
    const table = readCostTable(parse(readFileSync(`${ROOT}gateway/supergraph.graphql`, 'utf8')));
    const objectTypes = new Set([...table.keys()].map((coordinate) => coordinate.split('.')[0]!));
    const unsized = [...table]
      .filter(([, cost]) => (cost.isList && objectTypes.has(cost.type)) || cost.type.endsWith('Connection'))
      .filter(([coordinate, cost]) => !cost.listSize && !/Connection\.(edges|nodes)$/.test(coordinate))
      .map(([coordinate]) => coordinate);
    expect(unsized).toEqual([]);
    for (const [, cost] of [...table].filter(([, cost]) => cost.type.endsWith('Connection'))) {
      expect(cost.listSize).toMatchObject({ slicingArguments: ['first'], sizedFields: ['edges', 'nodes'] });
    }
    expect(table.get('Query.search')!.weight).toBe(10);
    expect(table.get('Session.participants')!.listSize!.assumedSize).toBe(100);
    expect(readFileSync(`${ROOT}gateway/schema.graphql`, 'utf8')).not.toMatch(/@listSize|@cost/);
  });
});
