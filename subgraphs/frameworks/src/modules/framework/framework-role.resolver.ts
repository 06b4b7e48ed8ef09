import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { OrganizationRef } from '../federated/organization.ref.js';
import { ParagraphRef } from '../federated/paragraph.ref.js';
import { FrameworkRole } from './framework-role.entity.js';
import { Framework } from './framework.entity.js';

@Resolver(() => FrameworkRole)
export class FrameworkRoleResolver {
  @FieldResolver(() => Framework, { description: 'The framework.' })
  async framework(@Root() role: FrameworkRole, @Ctx() { loaders }: Context): Promise<Framework> {
    return (await loaders.framework.load(role.framework.id))!;
  }

  @FieldResolver(() => OrganizationRef, { description: 'The organization playing the role.' })
  organization(@Root() role: FrameworkRole): OrganizationRef {
    return { id: role.organizationId };
  }

  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Provenance: the paragraph that states the role.' })
  paragraph(@Root() role: FrameworkRole): ParagraphRef | null {
    return role.paragraphId ? { id: role.paragraphId } : null;
  }
}
