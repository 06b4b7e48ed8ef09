import type { Context } from '../../context.js';
import type { Organization } from './organization.entity.js';

/**
 * The Organization another subgraph refers to by id, batched with every other in the request; an id
 * merged away by a curator resolves to the entity it was merged into.
 */
export function resolveOrganizationReference(reference: Pick<Organization, 'id'>, { loaders }: Context): Promise<Organization | null> {
  return loaders.organization.load(reference.id);
}
