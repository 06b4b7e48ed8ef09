// Persisted operations for the gateway.
//
// - `off`: no automatic persisted queries (APQ); requests carrying a persistedQuery extension
//   get PERSISTED_QUERY_NOT_SUPPORTED.
// - `allow` (default): APQ as Apollo Server does it (a client sends a sha256 hash; on
//   PERSISTED_QUERY_NOT_FOUND it sends the query with the hash, which registers it in an LRU cache
//   bounded in bytes; a query over PERSISTED_QUERY_MAX_BYTES runs but is never registered). When a
//   manifest is configured, its operations answer by hash from the first request. Any other
//   operation is accepted too.
// - `only`: a safelist. Only the manifest's operations run, sent by hash alone or as their exact
//   text; nothing registers. Introspection-only operations stay allowed when introspection is on
//   (Apollo Sandbox loads the schema with one), so the Sandbox still opens.
//
// The manifest is the JSON object GraphQL Code Generator's client preset writes with
// `persistedDocuments: true`: `{ "sha256:<hex>": "<operation text>", ... }` (bare hex keys too).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

export type PersistedOperationsMode = 'off' | 'allow' | 'only';

export interface PersistedOperationsConfig {
  mode: PersistedOperationsMode;
  /** Path of the client preset's persisted-documents.json; required for `only`. */
  manifestPath?: string;
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

/** Bounds of the APQ store: bytes in all, and bytes per query (a larger one runs but is not registered). */
export interface PersistedQueryBounds {
  cacheBytes: number;
  maxQueryBytes: number;
}

/**
 * The APQ store: the manifest's entries answer first (Apollo Server prefixes keys with `apq:`);
 * registrations go to an LRU cache bounded in bytes, so a flood of registrations evicts old
 * entries instead of growing the process.
 */
export class ManifestFirstCache {
  private readonly registered: InMemoryLRUCache<string>;
  private registeredBytes = 0;

  constructor(
    private readonly manifest: Map<string, string>,
    private readonly acceptRegistrations: boolean,
    private readonly bounds: PersistedQueryBounds,
  ) {
    this.registered = new InMemoryLRUCache<string>({
      maxSize: bounds.cacheBytes,
      sizeCalculation: (value) => Buffer.byteLength(value),
      // Keeps the byte count for metrics and tests; lru-cache calls it for every entry that leaves.
      dispose: (value) => (this.registeredBytes -= Buffer.byteLength(value)),
    });
  }

  async get(key: string) {
    return this.manifest.get(key.replace(/^apq:/, '')) ?? (await this.registered.get(key));
  }

  async set(key: string, value: string) {
    const bytes = Buffer.byteLength(value);
    if (!this.acceptRegistrations || bytes > this.bounds.maxQueryBytes) return;
    await this.registered.set(key, value);
    if ((await this.registered.get(key)) !== undefined) this.registeredBytes += bytes;
  }

  async delete(key: string) {
    return this.registered.delete(key);
  }

  /** Bytes of registered queries held now (the manifest not counted). */
  get size(): number {
    return this.registeredBytes;
  }

  get entries(): number {
    return this.registered.keys().length;
  }
}

function isIntrospectionOnly(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
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
  options: { introspection: boolean; bounds: PersistedQueryBounds },
): { persistedQueries: false | { cache: ManifestFirstCache }; cache?: ManifestFirstCache; plugin: ApolloServerPlugin<TContext> } {
  if (config.mode === 'only' && !config.manifestPath) {
    throw new Error("PERSISTED_OPERATIONS=only needs PERSISTED_OPERATIONS_MANIFEST (the client preset's persisted-documents.json).");
  }
  const manifest = config.manifestPath && config.mode !== 'off' ? readManifest(config.manifestPath) : new Map<string, string>();
  if (config.mode === 'off') return { persistedQueries: false, plugin: {} };
  const cache = new ManifestFirstCache(manifest, config.mode === 'allow', options.bounds);
  if (config.mode === 'allow') return { persistedQueries: { cache }, cache, plugin: {} };
  return {
    persistedQueries: { cache },
    cache,
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
