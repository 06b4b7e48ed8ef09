import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeCursor, MAX_PAGE_SIZE, pageRequest, toConnection } from '../src/pagination.js';

describe('pageRequest', () => {
  it('defaults to the first 20 items', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ limit: 20, offset: 0 });
  });

  it('continues after a cursor', () => {
    expect(pageRequest(5, encodeCursor(9))).toEqual({ limit: 5, offset: 10 });
  });

  it('refuses a page over the maximum with BAD_USER_INPUT naming the limit', () => {
    try {
      pageRequest(MAX_PAGE_SIZE + 1, null);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      expect((error as GraphQLError).message).toContain('between 0 and 100');
    }
  });

  it('refuses a cursor it did not issue', () => {
    expect(() => pageRequest(5, 'not-a-cursor')).toThrow(/Invalid cursor/);
  });

  it.each([
    'offset:1e300',
    'offset:-1',
    'offset:',
    'offset:1.5',
    'offset:0x10',
    'offset:99999999999',
    'offset: 3',
    `offset:${'9'.repeat(400)}`,
  ])('refuses the malformed or out-of-range cursor %s with BAD_USER_INPUT', (decoded) => {
    const cursor = Buffer.from(decoded).toString('base64url');
    try {
      pageRequest(5, cursor);
      expect.unreachable();
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      expect((error as GraphQLError).extensions.argumentName).toBe('after');
      expect((error as GraphQLError).message.length).toBeLessThan(200);
    }
  });
});

describe('toConnection', () => {
  it('builds edges, cursors and page info for a middle page', () => {
    const connection = toConnection(['c', 'd'], 5, { limit: 2, offset: 2 });
    expect(connection.nodes).toEqual(['c', 'd']);
    expect(connection.edges.map((e) => e.cursor)).toEqual([encodeCursor(2), encodeCursor(3)]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
  });

  it('has null cursors for an empty page', () => {
    const connection = toConnection([], 3, { limit: 2, offset: 4 });
    expect(connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
