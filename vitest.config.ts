import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration and end-to-end tests start real processes and databases.
    fileParallelism: false,
    server: {
      deps: {
        // Built workspace packages load natively, like node_modules, so `graphql` and
        // `type-graphql` exist once (the dual ESM/CJS package hazard breaks `instanceof`).
        external: [/\/dist\//],
      },
    },
  },
});
