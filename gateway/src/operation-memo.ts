import { createRequire } from 'node:module';
import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';

interface OperationOptions {
  operationName?: string;
  validate?: boolean;
}
type OperationFromDocument = (schema: object, document: DocumentNode, options?: OperationOptions) => unknown;
interface OperationsModule {
  operationFromDocument: OperationFromDocument & { [MEMOIZED]?: true };
}

const MEMOIZED = Symbol('igc.memoizedOperationFromDocument');

/**
 * The copy of `@apollo/federation-internals` that Apollo Gateway loads (resolved from the gateway,
 * not from us): its `operations` module, whose export the package's index re-exports through a
 * getter, so what is assigned there is what `executeQueryPlan` calls.
 */
function operationsModule(): OperationsModule {
  const fromGateway = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'));
  return fromGateway('@apollo/federation-internals/dist/operations.js') as OperationsModule;
}

/**
 * Apollo Gateway caches the query plan of an operation, but its `executeQueryPlan` rebuilds the
 * operation's federation form from the AST on every request (`operationFromDocument(apiSchema, …,
 * { validate: false })`): 9 % of the gateway's CPU on the bench's search (bench/README.md). The
 * form depends only on the operation's AST and the schema and is read-only during execution, so it
 * is kept per AST node: Apollo Server's document cache hands the same nodes to every request of a
 * cached operation, and the WeakMap lets an entry go with its document. Other callers (query
 * planning, which validates) are passed through. Installing twice is a no-op.
 */
export function memoizeExecutionOperations(module: OperationsModule = operationsModule()): void {
  const original = module.operationFromDocument;
  if (original[MEMOIZED]) return;
  const forms = new WeakMap<OperationDefinitionNode, { schema: object; operation: unknown }>();
  const memoized = (schema: object, document: DocumentNode, options?: OperationOptions) => {
    const [operationNode] = document.definitions;
    if (options?.validate !== false || operationNode?.kind !== Kind.OPERATION_DEFINITION) return original(schema, document, options);
    const known = forms.get(operationNode);
    if (known?.schema === schema) return known.operation;
    const operation = original(schema, document, options);
    forms.set(operationNode, { schema, operation });
    return operation;
  };
  module.operationFromDocument = Object.assign(memoized, { [MEMOIZED]: true as const });
}
