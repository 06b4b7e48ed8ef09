export { metamorphicVariants, SEED_KINDS } from './generate.js';
export type { ExpectedFacts, SeedKind, Variant } from './types.js';
