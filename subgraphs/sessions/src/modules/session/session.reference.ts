import type { Context } from '../../context.js';
import type { Session } from './session.entity.js';

/** The Session another subgraph or the gateway refers to by id, batched with every other in the request. */
export function resolveSessionReference(reference: Pick<Session, 'id'>, { loaders }: Context): Promise<Session | null> {
  return loaders.session.load(reference.id);
}
