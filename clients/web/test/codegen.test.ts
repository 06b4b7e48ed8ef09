import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, run, WEB } from './helpers.js';

describe('typed client (GraphQL Code Generator, client preset)', () => {
  it('src/gql is what `npm run codegen` generates from gateway/schema.graphql (regenerate and commit when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'web-codegen-'));
    const { code, output } = run(`${BIN}graphql-codegen`, ['--config', 'codegen.ts'], { cwd: WEB, env: { CODEGEN_OUT_DIR: `${out}/` } });
    expect(code, output).toBe(0);
    const committed = join(WEB, 'src/gql');
    const files = readdirSync(out).sort();
    expect(files).toEqual(readdirSync(committed).sort());
    expect(files).toContain('persisted-documents.json');
    for (const file of files) {
      expect(readFileSync(join(committed, file), 'utf8'), `src/gql/${file} is stale: run npm run codegen`).toBe(
        readFileSync(join(out, file), 'utf8'),
      );
    }
  });

  it('the app type-checks against the generated types', () => {
    const { code, output } = run(`${BIN}tsc`, ['-p', 'tsconfig.json', '--noEmit'], { cwd: WEB });
    expect(code, output).toBe(0);
  });

  it('the persisted-documents manifest holds every operation of the app, keyed by sha256', () => {
    const manifest = JSON.parse(readFileSync(join(WEB, 'src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
    const names = Object.values(manifest).map((text) => /\bquery (\w+)/.exec(text)?.[1]);
    expect(names.sort()).toEqual(
      [
        'DocumentDetail',
        'FrameworkDetail',
        'FrameworksList',
        'OrganizationDetail',
        'PersonDetail',
        'Search',
        'SessionDetail',
        'SessionsList',
      ].sort(),
    );
    for (const key of Object.keys(manifest)) expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
