import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './composition.js';

/** `npm run compose`: writes gateway/supergraph.graphql and gateway/schema.graphql. */
const root = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));
try {
  const { supergraphSdl, apiSchemaSdl } = await composeSupergraph();
  writeFileSync(root('supergraph.graphql'), supergraphSdl);
  writeFileSync(root('schema.graphql'), apiSchemaSdl);
  console.log('Wrote gateway/supergraph.graphql and gateway/schema.graphql');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
