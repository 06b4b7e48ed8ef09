import { PageArgs, parentPage, type Connection } from '@igc/service-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ParagraphConnection } from '../document/connections.type.js';
import { Document } from '../document/document.entity.js';
import type { Paragraph } from '../document/paragraph.entity.js';
import { OutcomeConnection } from '../outcome/outcome-connection.type.js';
import type { Outcome } from '../outcome/outcome.entity.js';
import { SessionConnection } from '../session/session-connection.type.js';
import type { Session } from '../session/session.entity.js';
import { FrameworkRef } from './framework.type.js';
import { OrganizationRef } from './organization.type.js';
import { PersonRef } from './person.type.js';

@Resolver(() => OrganizationRef)
export class OrganizationSessionsResolver {
  @FieldResolver(() => SessionConnection, { description: 'Sessions it convened, newest first.' })
  sessionsConvened(@Root() org: OrganizationRef, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context): Promise<Connection<Session>> {
    return loaders.sessionsConvenedBy.load(parentPage(org.id, args));
  }

  @FieldResolver(() => ParagraphConnection, { description: 'Paragraphs that mention it.' })
  mentions(@Root() org: OrganizationRef, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context): Promise<Connection<Paragraph>> {
    return loaders.paragraphsMentioningOrganization.load(parentPage(org.id, args));
  }
}

@Resolver(() => PersonRef)
export class PersonSessionsResolver {
  @FieldResolver(() => ParagraphConnection, { description: 'Paragraphs that mention this person.' })
  mentions(@Root() person: PersonRef, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context): Promise<Connection<Paragraph>> {
    return loaders.paragraphsMentioningPerson.load(parentPage(person.id, args));
  }
}

@Resolver(() => FrameworkRef)
export class FrameworkSessionsResolver {
  @FieldResolver(() => [Document], { description: 'Documents whose text contains it (a framework may appear in several).' })
  sourceDocuments(@Root() framework: FrameworkRef, @Ctx() { loaders }: Context): Promise<Document[]> {
    return loaders.sourceDocumentsOfFramework.load(framework.id);
  }

  @FieldResolver(() => OutcomeConnection, { description: 'Outcomes that endorsed or adopted it, oldest first.' })
  endorsements(@Root() framework: FrameworkRef, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context): Promise<Connection<Outcome>> {
    return loaders.endorsementsOfFramework.load(parentPage(framework.id, args));
  }
}
