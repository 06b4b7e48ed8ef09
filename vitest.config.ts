import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Alias, defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Three projects (README, "Tests"):
 * - unit: pure code, run from source (no build), files in parallel;
 * - integration: a subgraph or gateway in this process on PGlite and PostgreSQL;
 * - e2e: the built services as real processes (`npm start`, faults, the browser).
 * A test that starts a database is named `*.integration.test.ts` (or lives in a subgraph's test/);
 * one that starts processes is named `*.e2e.test.ts`. Everything else is a unit test.
 */
const INTEGRATION = ['subgraphs/*/test/**/*.test.ts', '**/*.integration.test.ts'];
const E2E = [
  '**/*.e2e.test.ts',
  // Runs the built ingestion CLI (seeds/dist/cli.js).
  'seeds/test/pipeline.test.ts',
];
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/dist/**'];

/** `@igc/<name>` and `@igc/<name>/<module>` resolve to each workspace's TypeScript source. */
function workspaceSourceAliases(): Alias[] {
  const { workspaces } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { workspaces: string[] };
  return workspaces.flatMap((dir) => {
    const { name } = JSON.parse(readFileSync(`${ROOT}${dir}/package.json`, 'utf8')) as { name: string };
    const escaped = name.replace(/[/.-]/g, '\\$&');
    return [
      { find: new RegExp(`^${escaped}$`), replacement: `${ROOT}${dir}/src/index.ts` },
      { find: new RegExp(`^${escaped}/(.+)$`), replacement: `${ROOT}${dir}/src/$1.ts` },
    ];
  });
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        resolve: { alias: workspaceSourceAliases() },
        test: {
          name: 'unit',
          include: ['**/test/**/*.test.ts'],
          exclude: [...ALWAYS_EXCLUDED, ...INTEGRATION, ...E2E],
          // Unit tests change no global state (no mocks, no environment): each worker loads the
          // modules once for all its files, which halves the time. A test that mocks belongs elsewhere.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          exclude: ALWAYS_EXCLUDED,
          // Each file starts databases and servers: one file at a time.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          server: {
            deps: {
              // Built workspace packages load natively, like node_modules, so `graphql` and
              // `type-graphql` exist once (the dual ESM/CJS package hazard breaks `instanceof`).
              external: [/\/dist\//],
            },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          exclude: ALWAYS_EXCLUDED,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          server: { deps: { external: [/\/dist\//] } },
        },
      },
    ],
  },
});
