import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new GraphQLError(`Date must be an ISO 8601 calendar date such as 2013-10-17 (got ${JSON.stringify(value)}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** ISO 8601 calendar date, carried as the string 'YYYY-MM-DD' end to end (no time zone shifts). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO 8601 calendar date, e.g. 2013-10-17.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string such as "2013-10-17".', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});
