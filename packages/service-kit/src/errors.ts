import { GraphQLError } from 'graphql';

/** A client error with a typed code and a message that says what to fix. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}
