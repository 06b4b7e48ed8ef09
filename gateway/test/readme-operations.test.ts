import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { loadGatewayConfig } from '@igc/gateway';
import { MAX_PAGE_SIZE } from '@igc/service-kit';
import { describe, expect, it } from 'vitest';
import { CostEstimator, readCostTable } from '../src/cost-estimator.js';
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

  const named = operations.map((op) => [op.match(/query (\w+)/)?.[1] ?? 'anonymous', op]);
  it.each(named)('%s is valid', (_name, operation) => {
    expect(validate(schema, parse(operation)).map((e) => e.message)).toEqual([]);
  });

  const estimator = new CostEstimator(readCostTable(parse(readFileSync(`${ROOT}gateway/supergraph.graphql`, 'utf8'))), MAX_PAGE_SIZE);
  it.each(named)('%s costs less than the default MAX_COST', (_name, operation) => {
    const document = parse(operation);
    const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    const estimated = estimator.estimate({ document, operation: definition, variables: {} });
    expect(estimated).toBeGreaterThan(0);
    expect(estimated).toBeLessThanOrEqual(loadGatewayConfig({}).limits.maxCost);
  });
});
