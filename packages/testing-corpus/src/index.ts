/**
 * Test-only corpora and helpers: the synthetic corpus of the load tests and benchmarks, seeded
 * subgraphs for integration tests, and the metamorphic generator of document variants.
 * Production code never imports this package.
 */
export { syntheticCorpus } from './synthetic.js';
export { startSeededSubgraph } from './seeded-subgraph.js';
export { metamorphicVariants, SEED_KINDS, type ExpectedFacts, type SeedKind, type Variant } from './metamorphic/index.js';
