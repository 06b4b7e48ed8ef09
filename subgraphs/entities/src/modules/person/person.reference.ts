import type { Context } from '../../context.js';
import type { Person } from './person.entity.js';

/**
 * The Person another subgraph refers to by id, batched with every other in the request; an id
 * merged away by a curator resolves to the entity it was merged into.
 */
export function resolvePersonReference(reference: Pick<Person, 'id'>, { loaders }: Context): Promise<Person | null> {
  return loaders.person.load(reference.id);
}
