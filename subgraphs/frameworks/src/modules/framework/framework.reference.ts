import type { Context } from '../../context.js';
import type { Framework } from './framework.entity.js';

/** The Framework another subgraph refers to by id, batched with every other in the request. */
export function resolveFrameworkReference(reference: Pick<Framework, 'id'>, { loaders }: Context): Promise<Framework | null> {
  return loaders.framework.load(reference.id);
}
