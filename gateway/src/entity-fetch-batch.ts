import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type VariableDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * One request for several entity fetches of a query plan step that go to the same subgraph:
 * each fetch's `_entities` field under its own alias (`_0`, `_1`, …) with its own
 * representations variable, as Hive Router batches them. The subgraph then serves one HTTP
 * request, one signature check and one request context (ORM fork, loaders) instead of several.
 */

const REPRESENTATIONS = 'representations';
const alias = (index: number) => `_${index}`;
const variable = (index: number) => `${REPRESENTATIONS}${index}`;

/** An entity fetch of Apollo Gateway's query plan: one query whose only field is `_entities(representations: $representations)`. */
export interface EntityFetch {
  query: string;
  variables: Record<string, unknown>;
}

/** Apollo Gateway sends `representations` with entity fetches only (it refuses an operation variable of that name). */
export const isEntityFetch = (variables: Record<string, unknown> | undefined): boolean => !!variables && REPRESENTATIONS in variables;

export interface EntityFetchBatch {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

export interface SubgraphResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** The operation of an entity fetch; undefined for any other document. */
function entityFetchOperation(document: DocumentNode | undefined): OperationDefinitionNode | undefined {
  const operations = document?.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION) ?? [];
  const operation = operations[0];
  if (operations.length !== 1 || operation?.operation !== 'query') return undefined;
  const [field, ...rest] = operation.selectionSet.selections;
  if (rest.length || field?.kind !== Kind.FIELD || field.name.value !== '_entities' || field.alias) return undefined;
  const argument = field.arguments?.find((a) => a.name.value === REPRESENTATIONS);
  const byVariable = argument?.value.kind === Kind.VARIABLE && argument.value.name.value === REPRESENTATIONS;
  return byVariable && field.arguments?.length === 1 ? operation : undefined;
}

/** Merged query texts by the fetches' texts: plans repeat, so each combination is printed once. Bounded in bytes. */
const printed = new LRUCache<string, { query: string; operationName: string } | false>({
  maxSize: 4 * 1024 * 1024,
  sizeCalculation: (value, key) => key.length + (value ? value.query.length : 0) + 64,
});

/**
 * The batch of `fetches` (all to the same subgraph, from the same incoming operation, so a
 * variable other than the representations has the same value in each), or undefined when they
 * cannot share a document (fragments of the same name that differ).
 */
export function batchEntityFetches(fetches: EntityFetch[]): EntityFetchBatch | undefined {
  const key = fetches.map((f) => f.query).join('\n\0');
  let text = printed.get(key);
  if (text === undefined) {
    const document = mergeDocuments(fetches.map((f) => parse(f.query, { noLocation: true })));
    text = document ? { query: print(document), operationName: operationName(document) } : false;
    printed.set(key, text);
  }
  if (!text) return undefined;
  const variables: Record<string, unknown> = {};
  fetches.forEach((fetch, index) => {
    for (const [name, value] of Object.entries(fetch.variables)) {
      if (name === REPRESENTATIONS) variables[variable(index)] = value;
      else variables[name] = value;
    }
  });
  return { ...text, variables };
}

function operationName(document: DocumentNode): string {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.name?.value ?? '';
}

function mergeDocuments(documents: DocumentNode[]): DocumentNode | undefined {
  const fields: FieldNode[] = [];
  const variableDefinitions = new Map<string, VariableDefinitionNode>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const [index, document] of documents.entries()) {
    const operation = entityFetchOperation(document);
    if (!operation) return undefined;
    const field = operation.selectionSet.selections[0] as FieldNode;
    fields.push({
      ...field,
      alias: { kind: Kind.NAME, value: alias(index) },
      arguments: [
        {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: REPRESENTATIONS },
          value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: variable(index) } },
        },
      ],
    });
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      if (name === REPRESENTATIONS) {
        variableDefinitions.set(variable(index), {
          ...definition,
          variable: { ...definition.variable, name: { kind: Kind.NAME, value: variable(index) } },
        });
      } else if (!variableDefinitions.has(name)) {
        variableDefinitions.set(name, definition);
      }
    }
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
      const same = fragments.get(definition.name.value);
      if (same && print(same) !== print(definition)) return undefined;
      fragments.set(definition.name.value, definition);
    }
  }
  const first = entityFetchOperation(documents[0]);
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: first!.operation,
    name: { kind: Kind.NAME, value: `${first!.name?.value ?? 'Entities'}__batch` },
    variableDefinitions: [...variableDefinitions.values()],
    selectionSet: { kind: Kind.SELECTION_SET, selections: fields },
  };
  return { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] };
}

/**
 * Each fetch's own result from the batch's: its aliased field as `_entities`, and the errors
 * whose path starts at its alias (re-rooted at `_entities`). An error without such a path (a
 * refused request, say) belongs to every fetch, as it would have reached each on its own.
 */
export function splitBatchResult(result: SubgraphResult, count: number): SubgraphResult[] {
  const aliases = new Map(Array.from({ length: count }, (_, index) => [alias(index), index]));
  const errors: GraphQLFormattedError[][] = Array.from({ length: count }, () => []);
  for (const error of result.errors ?? []) {
    const owner = typeof error.path?.[0] === 'string' ? aliases.get(error.path[0]) : undefined;
    if (owner === undefined) for (const list of errors) list.push(error);
    else errors[owner]!.push({ ...error, path: ['_entities', ...error.path!.slice(1)] });
  }
  return errors.map((own, index) => ({
    ...(result.data === undefined ? {} : { data: result.data === null ? null : { _entities: result.data[alias(index)] ?? null } }),
    ...(own.length ? { errors: own } : {}),
    ...(result.extensions ? { extensions: result.extensions } : {}),
  }));
}
