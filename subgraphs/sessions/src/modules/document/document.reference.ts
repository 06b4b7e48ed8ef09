import type { Context } from '../../context.js';
import type { Document } from './document.entity.js';

/** The Document another subgraph or the gateway refers to by id, batched with every other in the request. */
export function resolveDocumentReference(reference: Pick<Document, 'id'>, { loaders }: Context): Promise<Document | null> {
  return loaders.document.load(reference.id);
}
