import { type Connection, CONNECTION_LIST_SIZE, PageArgs, parentPage } from '@igc/service-kit';
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ParagraphConnection } from '../document/paragraph-connection.type.js';
import type { Paragraph } from '../document/paragraph.entity.js';
import { SessionConnection } from '../session/session-connection.type.js';
import type { Session } from '../session/session.entity.js';
import { OrganizationRef } from './organization.ref.js';

@Resolver(() => OrganizationRef)
export class OrganizationSessionsResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => SessionConnection, { description: 'Sessions it convened, newest first.' })
  sessionsConvened(
    @Root() org: OrganizationRef,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Session>> {
    return loaders.sessionsConvenedBy.load(parentPage(org.id, args));
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParagraphConnection, { description: 'Paragraphs that mention it.' })
  mentions(
    @Root() org: OrganizationRef,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Paragraph>> {
    return loaders.paragraphsMentioningOrganization.load(parentPage(org.id, args));
  }
}
