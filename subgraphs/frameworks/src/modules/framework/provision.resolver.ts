import { assumedListSize } from '@igc/service-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { OrganizationRef } from '../federated/organization.ref.js';
import { ParagraphRef } from '../federated/paragraph.ref.js';
import { Framework } from './framework.entity.js';
import { Provision } from './provision.entity.js';

@Resolver(() => Provision)
export class ProvisionResolver {
  @FieldResolver(() => Framework, { description: 'The framework it belongs to.' })
  async framework(@Root() provision: Provision, @Ctx() { loaders }: Context): Promise<Framework> {
    return (await loaders.framework.load(provision.framework.id))!;
  }

  @Directive(assumedListSize(10))
  @FieldResolver(() => [OrganizationRef], { description: 'Organizations the provision names.' })
  organizations(@Root() provision: Provision): OrganizationRef[] {
    return provision.organizationIds.map((id) => ({ id }));
  }

  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Provenance: the paragraph it was read from.' })
  paragraph(@Root() provision: Provision): ParagraphRef | null {
    return provision.paragraphId ? { id: provision.paragraphId } : null;
  }
}
