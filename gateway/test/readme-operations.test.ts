import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT } from './contract-path.js';

/** The README's example operations stay valid against the committed API schema. */
describe('README operations', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const operations = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const schema = buildSchema(readFileSync(`${ROOT}gateway/schema.graphql`, 'utf8'));

  it('has the four journeys', () => {
    expect(operations.map((op) => op.match(/query (\w+)/)?.[1])).toEqual(
      expect.arrayContaining(['SessionJourney', 'OrganizationJourney', 'FrameworkJourney', 'SearchJourney']),
    );
  });

  it.each(operations.map((op) => [op.match(/query (\w+)/)?.[1] ?? 'anonymous', op]))('%s is valid', (_name, operation) => {
    expect(validate(schema, parse(operation)).map((e) => e.message)).toEqual([]);
  });
});
