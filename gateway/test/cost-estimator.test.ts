import { readFileSync } from 'node:fs';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CostEstimator, readCostTable } from '../src/cost-estimator.js';
import { ROOT } from './contract-path.js';

const LINK = 'schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query mutation: Mutation }';

/** A small supergraph: a connection, bounded lists, a weighted field and a weighted type. */
const SCHEMA = /* GraphQL */ `
  ${LINK}
  type Query {
    shelves(first: Int, after: String): ShelfConnection!
      @listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"], assumedSize: 20, requireOneSlicingArgument: false)
    shelf(id: ID!): Shelf
    lookup(name: String!): Book @cost(weight: 10)
    tags: [String!]!
    everything: [Book!]!
  }
  type Mutation { shelve(id: ID!): Book }
  type ShelfConnection { totalCount: Int! nodes: [Shelf!]! edges: [ShelfEdge!]! }
  type ShelfEdge { cursor: String! node: Shelf! }
  type Shelf { id: ID! books: [Book!]! @listSize(assumedSize: 50) rare: Rare }
  type Book { id: ID! title: String! shelf: Shelf! }
  type Rare @cost(weight: 7) { id: ID! }
`;

function estimator(schema = SCHEMA, defaultListSize = 10) {
  return new CostEstimator(readCostTable(parse(schema)), defaultListSize);
}

function estimate(query: string, variables: Record<string, unknown> = {}, costs = estimator()): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return costs.estimate({ document, operation, variables });
}

describe('cost estimator (IBM cost spec, as Apollo Router and Hive Gateway)', () => {
  it('prices objects 1 and scalars 0', () => {
    expect(estimate('{ shelf(id: "a") { id } }')).toBe(1);
    expect(estimate('{ shelf(id: "a") { id } tags __typename }')).toBe(1);
  });

  it('multiplies a bounded list by its assumed size, and nests multiplications', () => {
    expect(estimate('{ shelf(id: "a") { books { id } } }')).toBe(1 + 50);
    expect(estimate('{ shelf(id: "a") { books { shelf { books { title } } } } }')).toBe(1 + 50 * (1 + 1 + 50));
  });

  it("sizes a connection's edges and nodes by its slicing argument, literal or variable", () => {
    expect(estimate('{ shelves(first: 3) { totalCount nodes { id } } }')).toBe(1 + 3);
    expect(estimate('{ shelves(first: 3) { edges { node { id } } } }')).toBe(1 + 3 * (1 + 1));
    expect(estimate('query ($n: Int) { shelves(first: $n) { nodes { books { id } } } }', { n: 4 })).toBe(1 + 4 * (1 + 50));
    expect(estimate('query ($n: Int = 6) { shelves(first: $n) { nodes { id } } }')).toBe(1 + 6);
  });

  it('falls back to the assumed size without a slicing argument, and to the default for undeclared lists', () => {
    expect(estimate('{ shelves { nodes { id } } }')).toBe(1 + 20);
    expect(estimate('{ everything { id } }', {}, estimator(SCHEMA, 10))).toBe(10);
  });

  it('uses @cost weights of fields and types', () => {
    expect(estimate('{ lookup(name: "x") { id } }')).toBe(10);
    expect(estimate('{ shelf(id: "a") { rare { id } } }')).toBe(1 + 7);
  });

  it('counts named fragments at every spread and inline fragments in place, with the sizing of where they sit', () => {
    const withFragments = `
      { shelves(first: 2) { ...Page } a: shelf(id: "a") { ...Books } b: shelf(id: "b") { ...Books ... on Shelf { rare { id } } } }
      fragment Page on ShelfConnection { nodes { ...Books } }
      fragment Books on Shelf { books { id } }`;
    expect(estimate(withFragments)).toBe(1 + 2 * (1 + 50) + (1 + 50) + (1 + 50 + 7));
  });

  it('prices a fragment spread many times over by multiplying, not by walking it again', () => {
    const spreads = (name: string, inner: string) => `fragment ${name} on Shelf { ${`...${inner} `.repeat(4)}}`;
    const fragments = `${spreads('F1', 'F2')} ${spreads('F2', 'F3')} ${spreads('F3', 'F4')} fragment F4 on Shelf { rare { id } }`;
    const query = `{ shelf(id: "a") { ...F1 } } ${fragments}`;
    expect(estimate(query)).toBe(1 + 4 * 4 * 4 * 7);
  });

  it('leaves out selections skipped by @skip/@include', () => {
    expect(estimate('query ($all: Boolean!) { shelf(id: "a") { books @include(if: $all) { id } } }', { all: false })).toBe(1);
    expect(estimate('query ($all: Boolean!) { shelf(id: "a") { books @include(if: $all) { id } } }', { all: true })).toBe(51);
    expect(estimate('{ shelf(id: "a") { ... on Shelf @skip(if: true) { books { id } } } }')).toBe(1);
  });

  it('adds 10 for a mutation', () => {
    expect(estimate('mutation { shelve(id: "a") { id } }')).toBe(10 + 1);
  });

  it("reads directives renamed by the supergraph's @link", () => {
    const renamed = SCHEMA.replace(LINK, LINK.replace('import: ["@listSize"]', 'as: "price", import: [{ name: "@listSize", as: "@size" }]'))
      .replaceAll('@listSize(', '@size(')
      .replaceAll('@cost(', '@price(');
    const query = '{ shelf(id: "a") { books { id } rare { id } } lookup(name: "x") { id } }';
    expect(estimate(query, {}, estimator(renamed))).toBe(1 + 50 + 7 + 10);
  });
});

describe("cost of the product's operations on the committed supergraph", () => {
  const costs = estimator(readFileSync(`${ROOT}gateway/supergraph.graphql`, 'utf8'), 100);

  it('prices the fan-out from issue 11 far above any journey', () => {
    const fanOut =
      '{ sessions(first: 100) { nodes { participants { person { participations(first: 100) { nodes { session { participants { person ' +
      '{ name } } } } } } } } } }';
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const journeys = [...readme.matchAll(/```graphql\n(query[\s\S]*?)```/g)].map((m) => estimate(m[1]!, {}, costs));
    expect(journeys).toHaveLength(4);
    expect(estimate(fanOut, {}, costs)).toBeGreaterThan(100 * Math.max(...journeys));
  });
});
