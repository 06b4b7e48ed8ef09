// GraphQL Code Generator: typed documents for every `graphql(...)` call under src/, generated
// from the committed client-facing schema. `npm run codegen` (root) rewrites src/gql/.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The configuration, writing to `outDir` (the staleness test generates into a temporary folder). */
export function codegenConfig(outDir = process.env.CODEGEN_OUT_DIR ?? `${here}src/gql/`): CodegenConfig {
  return {
    schema: `${here}../../gateway/schema.graphql`,
    documents: [`${here}src/**/*.{ts,tsx}`, `!${here}src/gql/**/*`],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [outDir]: {
        preset: 'client',
        presetConfig: {
          fragmentMasking: false,
          // Emits persisted-documents.json (sha256 → operation): the gateway can serve these
          // operations by hash, or be configured to accept only them (PERSISTED_OPERATIONS=only).
          persistedDocuments: { hashAlgorithm: 'sha256' },
        },
        config: {
          // Documents as strings: no graphql-js parser in the browser bundle.
          documentMode: 'string',
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          scalars: { Date: 'string' },
        },
      },
    },
  };
}

export default codegenConfig();
