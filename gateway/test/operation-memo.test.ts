import { createRequire } from 'node:module';
import { type DocumentNode, parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { memoizeExecutionOperations } from '../src/operation-memo.js';

// The federation-internals Apollo Gateway loads, reached as the gateway reaches it (the package index).
const federation = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'))('@apollo/federation-internals') as {
  buildSchema: (sdl: string) => object;
  operationFromDocument: (schema: object, document: DocumentNode, options?: { validate?: boolean }) => { toString(): string };
};

const sdl = 'type Query { session(id: ID!): Session } type Session { id: ID! title: String }';
const document = parse('query One($id: ID!) { session(id: $id) { id title } }');
// As executeQueryPlan builds it per request: a new document around the cached operation node.
const perRequest = (): DocumentNode => ({ kind: document.kind, definitions: [document.definitions[0]!] });

describe('memoizeExecutionOperations', () => {
  it("makes the gateway's operationFromDocument return one operation per cached AST node and schema", () => {
    memoizeExecutionOperations();
    const schema = federation.buildSchema(sdl);
    const first = federation.operationFromDocument(schema, perRequest(), { validate: false });
    expect(federation.operationFromDocument(schema, perRequest(), { validate: false })).toBe(first);
    expect(first.toString()).toContain('session(id: $id)');
    // Another schema (a new supergraph) builds its own.
    expect(federation.operationFromDocument(federation.buildSchema(sdl), perRequest(), { validate: false })).not.toBe(first);
    // Validating callers (query planning) are passed through.
    expect(federation.operationFromDocument(schema, document)).not.toBe(federation.operationFromDocument(schema, document));
  });

  it('calls the original once per node, and installs once', () => {
    const original = vi.fn((_schema: object, _document: DocumentNode, _options?: { validate?: boolean }) => ({}));
    const module = { operationFromDocument: original };
    memoizeExecutionOperations(module);
    memoizeExecutionOperations(module);
    const schema = {};
    for (let i = 0; i < 3; i++) module.operationFromDocument(schema, perRequest(), { validate: false });
    expect(original).toHaveBeenCalledTimes(1);
    module.operationFromDocument(schema, parse('{ a }'), { validate: false });
    expect(original).toHaveBeenCalledTimes(2);
  });
});
