import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { composeSupergraph } from '@igc/gateway';
import { describe, expect, it } from 'vitest';
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
      expect(supergraph).toMatch(new RegExp(`${name} @join__graph\\(name: "${name.toLowerCase()}", url: "http://127\\.0\\.0\\.1:400\\d/graphql"\\)`));
    }
  });
});
