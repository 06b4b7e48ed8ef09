import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DISCOVERY, OPERATIONS } from '../src/operations.js';
import { fetchServices } from '../src/plan.js';

/**
 * The benchmark's operations stay valid against the committed public schema, and each costs
 * the subgraph round trips the results table says. Counts only: no test asserts a time.
 */
const schema = buildSchema(readFileSync(new URL('../../gateway/schema.graphql', import.meta.url), 'utf8'));

describe('benchmark operations', () => {
  it.each(OPERATIONS.map((op) => [op.key, op] as const))('%s is valid against gateway/schema.graphql', (_key, op) => {
    expect(validate(schema, parse(op.document)).map((e) => e.message)).toEqual([]);
  });

  it.each(Object.entries(DISCOVERY))('discovery query %s is valid', (_key, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('plans the expected subgraph fetches in our gateway (one per plan node; entity fetches batched)', () => {
    const plans = Object.fromEntries(OPERATIONS.map((op) => [op.key, fetchServices(op.document).sort()]));
    expect(plans).toEqual({
      session: ['entities', 'entities', 'sessions'],
      organization: ['entities'],
      framework: ['frameworks', 'sessions'],
      search: ['sessions'],
    });
  });

  it('calls directly only operations that one subgraph answers alone', () => {
    for (const op of OPERATIONS) {
      const services = new Set(fetchServices(op.document));
      if (op.direct) expect([...services]).toEqual([op.direct]);
      else expect(services.size).toBeGreaterThan(1);
      expect([...services].every((s) => op.subgraphs.includes(s as never))).toBe(true);
    }
  });
});
