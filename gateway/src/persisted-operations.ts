// Persisted operations for the gateway.
//
// - `off`: no automatic persisted queries (APQ); requests carrying a persistedQuery extension
//   get PERSISTED_QUERY_NOT_SUPPORTED.
// - `allow` (default): APQ as Apollo Server does it (a client sends a sha256 hash; on
//   PERSISTED_QUERY_NOT_FOUND it sends the query with the hash, which registers it in a bounded
//   in-memory cache). When a manifest is configured, its operations answer by hash from the first
//   request. Any other operation is accepted too.
// - `only`: a safelist. Only the manifest's operations run, sent by hash alone or as their exact
//   text; nothing registers. Introspection-only operations stay allowed when introspection is on
//   (Apollo Sandbox loads the schema with one), so the Sandbox still opens.
//
// The manifest is the JSON object GraphQL Code Generator's client preset writes with
// `persistedDocuments: true`: `{ "sha256:<hex>": "<operation text>", ... }` (bare hex keys too).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

export type PersistedOperationsMode = 'off' | 'allow' | 'only';

export interface PersistedOperationsConfig {
  mode: PersistedOperationsMode;
  /** Path of the client preset's persisted-documents.json; required for `only`. */
  manifestPath?: string;
}

/** The part of Apollo Server's KeyValueCache interface that the APQ store uses. */
interface OperationCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | undefined>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads a manifest and checks that every hash is the sha256 of its operation text. */
export function readManifest(path: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the persisted operations manifest ${path}: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error(`The persisted operations manifest ${path} must be a JSON object of hash → operation.`);
  }
  const operations = new Map<string, string>();
  for (const [key, text] of Object.entries(raw as Record<string, unknown>)) {
    const hash = key.replace(/^sha256:/, '');
    if (typeof text !== 'string' || sha256(text) !== hash) {
      throw new Error(`The persisted operations manifest ${path} has an entry whose hash is not the sha256 of its text: ${key}`);
    }
    operations.set(hash, text);
  }
  return operations;
}

/** Apollo Server prefixes APQ keys with `apq:`; the manifest's entries answer first. */
class ManifestFirstCache implements OperationCache {
  private readonly registered = new Map<string, string>();

  constructor(
    private readonly manifest: Map<string, string>,
    private readonly acceptRegistrations: boolean,
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: string) {
    return this.manifest.get(key.replace(/^apq:/, '')) ?? this.registered.get(key);
  }

  async set(key: string, value: string) {
    if (!this.acceptRegistrations) return;
    this.registered.delete(key);
    this.registered.set(key, value);
    // Least recently registered first out: a bounded store, whatever clients send.
    if (this.registered.size > this.maxEntries) this.registered.delete(this.registered.keys().next().value!);
  }

  async delete(key: string) {
    return this.registered.delete(key);
  }
}

function isIntrospectionOnly(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const seen = new Set<string>();
  const onlyMeta = (selections: OperationDefinitionNode['selectionSet']['selections']): boolean =>
    selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__');
      if (selection.kind === Kind.INLINE_FRAGMENT) return onlyMeta(selection.selectionSet.selections);
      const name = selection.name.value;
      if (seen.has(name)) return true;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment ? onlyMeta(fragment.selectionSet.selections) : false;
    });
  return onlyMeta(operation.selectionSet.selections);
}

/**
 * Apollo Server options for the configured mode: `persistedQueries` for its constructor and a
 * plugin enforcing the safelist in `only` mode (a no-op otherwise).
 */
export function persistedOperations<TContext extends BaseContext>(
  config: PersistedOperationsConfig,
  options: { introspection: boolean },
): { persistedQueries: false | { cache: OperationCache }; plugin: ApolloServerPlugin<TContext> } {
  if (config.mode === 'only' && !config.manifestPath) {
    throw new Error('PERSISTED_OPERATIONS=only needs PERSISTED_OPERATIONS_MANIFEST (the client preset\'s persisted-documents.json).');
  }
  const manifest = config.manifestPath && config.mode !== 'off' ? readManifest(config.manifestPath) : new Map<string, string>();
  if (config.mode === 'off') return { persistedQueries: false, plugin: {} };
  const cache = new ManifestFirstCache(manifest, config.mode === 'allow');
  if (config.mode === 'allow') return { persistedQueries: { cache }, plugin: {} };
  return {
    persistedQueries: { cache },
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ queryHash, document, operation }) {
            if (manifest.has(queryHash)) return;
            if (options.introspection && operation && isIntrospectionOnly(document, operation)) return;
            throw new GraphQLError(
              'This gateway runs only the persisted operations of its manifest; ' +
                'send one of them by its sha256 hash (extensions.persistedQuery).',
              { extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } } },
            );
          },
        };
      },
    },
  };
}
