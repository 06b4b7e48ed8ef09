import { assumedListSize, type Connection, CONNECTION_LIST_SIZE, PageArgs, parentPage } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { ParagraphConnection } from '../document/paragraph-connection.type.js';
import { Document } from '../document/document.entity.js';
import type { Paragraph } from '../document/paragraph.entity.js';
import { OrganizationRef } from '../federated/organization.ref.js';
import { ref } from '../federated/stubs.js';
import { Outcome, OutcomeKind } from '../outcome/outcome.entity.js';
import { Location } from './location.type.js';
import { SessionConnection } from './session-connection.type.js';
import { SessionFilter } from './session-filter.input.js';
import { Session } from './session.entity.js';

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => Session, { nullable: true, description: 'A session by id, e.g. hlcp-26; null when unknown.' })
  session(
    @Arg('id', () => ID, { description: 'Session id, e.g. hlcp-26 or ceb-2013-2.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Session | null> {
    return loaders.session.load(id);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => SessionConnection, { description: 'Sessions, ordered by start date, optionally filtered.' })
  sessions(
    @Arg('filter', () => SessionFilter, { nullable: true, description: 'Criteria the sessions must meet.' }) filter: SessionFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Connection<Session>> {
    return em.getRepository(Session).list(filter, args);
  }

  @FieldResolver(() => OrganizationRef, { description: 'The body that convened it (HLCP, CEB, General Assembly, ...).' })
  body(@Root() session: Session): OrganizationRef {
    return { id: session.bodyId };
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where it met, as far as the documents say.' })
  location(@Root() session: Session): Location | null {
    const { venue, city, country, hostId } = session;
    if (!venue && !city && !country && !hostId) return null;
    return { venue, city, country, host: ref<OrganizationRef>(hostId) };
  }

  @Directive(assumedListSize(30))
  @FieldResolver(() => [AgendaItem], { description: 'Top-level agenda items in order; sub-items hang under subItems.' })
  agenda(@Root() session: Session, @Ctx() { loaders }: Context): Promise<AgendaItem[]> {
    return loaders.agendaBySession.load(session.id);
  }

  @Directive(assumedListSize(10))
  @FieldResolver(() => [Document], { description: 'Documents that record or report to this session.' })
  documents(@Root() session: Session, @Ctx() { loaders }: Context): Promise<Document[]> {
    return loaders.documentsBySession.load(session.id);
  }

  @Directive(assumedListSize(50))
  @FieldResolver(() => [Outcome], { description: 'Decisions and conclusions recorded for this session.' })
  async outcomes(
    @Root() session: Session,
    @Arg('kind', () => OutcomeKind, { nullable: true, description: 'Only outcomes of this kind.' }) kind: OutcomeKind | null,
    @Ctx() { loaders }: Context,
  ): Promise<Outcome[]> {
    const outcomes = await loaders.outcomesBySession.load(session.id);
    return kind ? outcomes.filter((outcome) => outcome.kind === kind) : outcomes;
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParagraphConnection, { description: 'Paragraphs of any document that refer to this session.' })
  mentions(@Root() session: Session, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context): Promise<Connection<Paragraph>> {
    return loaders.paragraphsMentioningSession.load(parentPage(session.id, args));
  }
}
