import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SANDBOX_EXAMPLE_DOCUMENT, sandboxLandingPage } from '@igc/gateway/sandbox';

const { buildSchema, parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

describe('Sandbox example operations', () => {
  it('are valid against the committed client-facing schema', () => {
    const schema = buildSchema(readFileSync(join(import.meta.dirname, '../schema.graphql'), 'utf8'));
    const document = parse(SANDBOX_EXAMPLE_DOCUMENT);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    expect(document.definitions.map((d) => ('name' in d ? d.name?.value : undefined))).toEqual([
      'Session',
      'Search',
      'Organization',
      'Framework',
    ]);
  });

  it('pre-fill the landing page with the document and the CSRF header', () => {
    expect(sandboxLandingPage).toMatchObject({ document: SANDBOX_EXAMPLE_DOCUMENT, headers: { 'apollo-require-preflight': 'true' } });
  });
});
