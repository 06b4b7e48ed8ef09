import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ParagraphConnection } from '../document/connections.type.js';
import { Document } from '../document/document.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { assumedListSize, CONNECTION_LIST_SIZE, PageArgs, pageOf } from '@igc/service-kit';
import { Session } from '../session/session.entity.js';
import { FrameworkRef } from './framework.type.js';
import { OrganizationRef } from './organization.type.js';
import { PersonRef } from './person.type.js';

@Resolver(() => OrganizationRef)
export class OrganizationSessionsResolver {
  @Directive(assumedListSize(20))
  @FieldResolver(() => [Session], { description: 'Sessions it convened, by start date.' })
  sessionsConvened(@Root() org: OrganizationRef, @Ctx() { loaders }: Context): Promise<Session[]> {
    return loaders.sessionsByBody.load(org.id);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParagraphConnection, { description: 'Paragraphs that mention it.' })
  async mentions(@Root() org: OrganizationRef, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context) {
    return pageOf(await loaders.paragraphsMentioningOrganization.load(org.id), args);
  }
}

@Resolver(() => PersonRef)
export class PersonSessionsResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParagraphConnection, { description: 'Paragraphs that mention this person.' })
  async mentions(@Root() person: PersonRef, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context) {
    return pageOf(await loaders.paragraphsMentioningPerson.load(person.id), args);
  }
}

@Resolver(() => FrameworkRef)
export class FrameworkSessionsResolver {
  @Directive(assumedListSize(10))
  @FieldResolver(() => [Document], { description: 'Documents whose text contains it (a framework may appear in several).' })
  async sourceDocuments(@Root() framework: FrameworkRef, @Ctx() { loaders }: Context): Promise<Document[]> {
    const paragraphs = await loaders.paragraphsMentioningFramework.load(framework.id);
    const ids = [...new Set(paragraphs.map((p) => p.document.id))];
    return (await loaders.document.loadMany(ids)).filter((d): d is Document => d instanceof Document);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [Outcome], { description: 'Outcomes that endorsed or adopted it.' })
  endorsements(@Root() framework: FrameworkRef, @Ctx() { loaders }: Context): Promise<Outcome[]> {
    return loaders.outcomesByFramework.load(framework.id);
  }
}
