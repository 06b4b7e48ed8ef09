import { badUserInput } from './errors.js';

/** Longest name, acronym or text filter a lookup accepts: longer than any real name, short enough to bound the work. */
export const MAX_LOOKUP_LENGTH = 200;
/** Longest full-text search query. */
export const MAX_SEARCH_QUERY_LENGTH = 500;

/**
 * Refuses an over-long text argument before any work is done on it: a BAD_USER_INPUT error
 * that states the limit. Returns the value, for use inline.
 */
export function limitLength<T extends string | null | undefined>(value: T, argumentName: string, maximum = MAX_LOOKUP_LENGTH): T {
  if (value != null && value.length > maximum) {
    throw badUserInput(`"${argumentName}" must be at most ${maximum} characters (got ${value.length}).`, { argumentName, maximum });
  }
  return value;
}
