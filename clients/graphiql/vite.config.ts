// Bundles GraphiQL, its explorer plugin and the README's example operations into static files
// (dist/) that the gateway serves at /graphiql: nothing is loaded from a CDN at run time.
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The ```graphql blocks of the README's "Example operations" section. */
export function readmeOperations(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Example operations')) ?? '';
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!.trim());
}

/** `virtual:example-operations`: the README's operations, read at build time. */
function exampleOperations(): Plugin {
  const id = 'virtual:example-operations';
  const readmePath = new URL('../../README.md', import.meta.url);
  return {
    name: 'example-operations',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      this.addWatchFile(readmePath.pathname);
      return `export default ${JSON.stringify(readmeOperations(readFileSync(readmePath, 'utf8')))};`;
    },
  };
}

export default defineConfig({
  base: '/graphiql/',
  plugins: [react(), exampleOperations()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rolldownOptions: {
      // react-compiler-runtime's "use no memo" is a hint for React's compiler, not for the bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
