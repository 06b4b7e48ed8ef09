import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { batchEntityFetches, isEntityFetch, splitBatchResult } from '../src/entity-fetch-batch.js';

// Entity fetches as Apollo Gateway's query planner writes them for one plan step.
const participants = {
  query:
    'query BenchSession__entities__1($representations:[_Any!]!){_entities(representations:$representations){...on Session{participants{role person{id name}}}}}',
  variables: { representations: [{ __typename: 'Session', id: 'hlcp-26' }] },
};
const bodies = {
  query:
    'query BenchSession__entities__2($representations:[_Any!]!,$first:Int){_entities(representations:$representations){...on Organization{name participations(first:$first){totalCount}}}}',
  variables: {
    representations: [
      { __typename: 'Organization', id: 'ceb' },
      { __typename: 'Organization', id: 'itu' },
    ],
    first: 5,
  },
};

describe('batching the entity fetches of a plan step', () => {
  it('recognises entity fetches by their representations', () => {
    expect(isEntityFetch(participants.variables)).toBe(true);
    expect(isEntityFetch({ id: 'hlcp-26' })).toBe(false);
    expect(isEntityFetch(undefined)).toBe(false);
  });

  it('puts each fetch under its own alias and representations variable, keeping the shared variables', () => {
    const batch = batchEntityFetches([participants, bodies])!;
    expect(print(parse(batch.query))).toBe(
      print(
        parse(`query BenchSession__entities__1__batch($representations0: [_Any!]!, $representations1: [_Any!]!, $first: Int) {
          _0: _entities(representations: $representations0) { ... on Session { participants { role person { id name } } } }
          _1: _entities(representations: $representations1) { ... on Organization { name participations(first: $first) { totalCount } } }
        }`),
      ),
    );
    expect(batch.operationName).toBe('BenchSession__entities__1__batch');
    expect(batch.variables).toEqual({
      representations0: participants.variables.representations,
      representations1: bodies.variables.representations,
      first: 5,
    });
  });

  it('keeps fragments the fetches share, and refuses to merge fragments of one name that differ', () => {
    const withFragment = (name: string, fields: string) => ({
      query: `query Q($representations:[_Any!]!){_entities(representations:$representations){...F}} fragment F on ${name}{${fields}}`,
      variables: { representations: [] },
    });
    const shared = batchEntityFetches([withFragment('Session', 'id'), withFragment('Session', 'id')])!;
    expect(shared.query.match(/fragment F on Session/g)).toHaveLength(1);
    expect(batchEntityFetches([withFragment('Session', 'id'), withFragment('Session', 'title')])).toBeUndefined();
  });

  it('merges only entity fetches', () => {
    const root = { query: 'query Q($representations:[_Any!]!){session(id:"x"){id}}', variables: { representations: [] } };
    expect(batchEntityFetches([participants, root])).toBeUndefined();
  });

  it('gives each fetch its own entities and the errors under its alias, re-rooted at _entities', () => {
    const [first, second] = splitBatchResult(
      {
        data: { _0: [{ participants: [] }], _1: [{ name: 'CEB' }, null] },
        errors: [{ message: 'organization failed', path: ['_1', 1, 'name'] }, { message: 'request refused' }],
      },
      2,
    );
    expect(first).toEqual({ data: { _entities: [{ participants: [] }] }, errors: [{ message: 'request refused' }] });
    expect(second).toEqual({
      data: { _entities: [{ name: 'CEB' }, null] },
      errors: [{ message: 'organization failed', path: ['_entities', 1, 'name'] }, { message: 'request refused' }],
    });
  });

  it('passes a failed batch (no data) to every fetch', () => {
    const results = splitBatchResult({ data: null, errors: [{ message: 'boom' }] }, 3);
    expect(results).toHaveLength(3);
    for (const result of results) expect(result).toEqual({ data: null, errors: [{ message: 'boom' }] });
  });
});
