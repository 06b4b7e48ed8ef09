import { type Connection, CONNECTION_LIST_SIZE, PageArgs, parentPage } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { OrganizationRef } from './organization.ref.js';
import { FrameworkRoleConnection } from '../framework/framework-role-connection.type.js';
import { FrameworkRole, FrameworkRoleKind } from '../framework/framework-role.entity.js';

@Resolver(() => OrganizationRef)
export class OrganizationFrameworksResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => FrameworkRoleConnection, {
    description: 'Its roles in frameworks: leads, mandates, authorship; newest framework first.',
  })
  frameworkRoles(
    @Root() org: OrganizationRef,
    @Arg('role', () => FrameworkRoleKind, { nullable: true, description: 'Only roles of this kind.' }) role: FrameworkRoleKind | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<FrameworkRole>> {
    return loaders.rolesOfOrganization.load(parentPage(org.id, args, role));
  }
}
