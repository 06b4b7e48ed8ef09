import { DEFAULT_PAGE_SIZE } from './pagination.js';

/**
 * Federation 2.9 demand-control directives (IBM GraphQL cost spec, as Apollo Router and Hive
 * Gateway read them), applied with type-graphql's `@Directive(...)`. The gateway multiplies the
 * cost of a list's selection by its size, so every list that grows says how big it can get.
 */

/**
 * A Relay connection: `first` sizes `edges` and `nodes`; without `first` the page holds the
 * default page size.
 */
export const CONNECTION_LIST_SIZE =
  `@listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"], assumedSize: ${DEFAULT_PAGE_SIZE}, ` +
  'requireOneSlicingArgument: false)';

/** A list bounded by one document or one meeting: the size assumed when pricing it. */
export function assumedListSize(size: number): string {
  return `@listSize(assumedSize: ${size})`;
}

/** A field whose resolver costs more than reading a row (ranking, fuzzy matching): its weight. */
export function costWeight(weight: number): string {
  return `@cost(weight: ${weight})`;
}
