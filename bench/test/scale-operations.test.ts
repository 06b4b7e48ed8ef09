import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { misspell, SCALE_JOURNEYS } from '../src/scale-operations.js';

const schema = buildSchema(readFileSync(new URL('../../gateway/schema.graphql', import.meta.url), 'utf8'));
/** The public contract: the shared copy when a folder above the checkout has it (it leads the vendored one), else the vendored copy. */
function contractPath(): string {
  for (let depth = 3; depth <= 6; depth++) {
    const shared = fileURLToPath(new URL(`${'../'.repeat(depth)}shared/contract/api.graphql`, import.meta.url));
    if (existsSync(shared)) return shared;
  }
  return fileURLToPath(new URL('../../contract/contract/api.graphql', import.meta.url));
}
const contract = buildSchema(readFileSync(contractPath(), 'utf8'));
const errors = (target: typeof schema, document: string) => validate(target, parse(document)).map((e) => e.message);

describe('scale journeys', () => {
  it('cover every journey of issue 11', () => {
    expect(SCALE_JOURNEYS.map((j) => j.key).sort()).toEqual(
      ['framework', 'organization', 'organizationLookup', 'organizationsList', 'personLookup', 'search', 'session', 'sessionsList'].sort(),
    );
  });

  it.each(SCALE_JOURNEYS.map((j) => [j.key, j] as const))('%s runs a document valid against gateway/schema.graphql', (_key, journey) => {
    expect(errors(schema, journey.document)).toEqual([]);
  });

  it.each(SCALE_JOURNEYS.map((j) => [j.key, j] as const))('%s is written against the public contract', (_key, journey) => {
    expect(errors(contract, journey.document)).toEqual([]);
  });

  it('misspells a name by one letter of its longest word, keeping the other words', () => {
    expect(misspell('Person 12 Synthetic')).toBe('Person 12 Synthtic');
    expect(misspell('Elliott Harris')).toBe('Ellitt Harris');
    expect(misspell('Li Wu')).toBe('Li Wu');
  });
});
