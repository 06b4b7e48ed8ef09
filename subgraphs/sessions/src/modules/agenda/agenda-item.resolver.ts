import { assumedListSize } from '@igc/service-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Paragraph } from '../document/paragraph.entity.js';
import { OrganizationRef } from '../federated/organization.ref.js';
import { refs } from '../federated/stubs.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Session } from '../session/session.entity.js';
import { AgendaItem } from './agenda-item.entity.js';

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Session, { description: 'The session whose agenda holds it.' })
  async session(@Root() item: AgendaItem, @Ctx() { loaders }: Context): Promise<Session> {
    return (await loaders.session.load(item.session.id))!;
  }

  @FieldResolver(() => String, { description: "Display label, e.g. '3' or '3 (b)'." })
  label(@Root() item: AgendaItem): string {
    return item.letter ? `${item.number} (${item.letter})` : String(item.number);
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The item this sub-item belongs to.' })
  parent(@Root() item: AgendaItem, @Ctx() { loaders }: Context): Promise<AgendaItem | null> | null {
    return item.parent ? loaders.agendaItem.load(item.parent.id) : null;
  }

  @Directive(assumedListSize(15))
  @FieldResolver(() => [AgendaItem], { description: 'Lettered sub-items, in order.' })
  subItems(@Root() item: AgendaItem, @Ctx() { loaders }: Context): Promise<AgendaItem[]> {
    return loaders.subItemsByParent.load(item.id);
  }

  @Directive(assumedListSize(50))
  @FieldResolver(() => [Paragraph], { description: "Paragraphs of the session's record that deal with this item, in order." })
  paragraphs(@Root() item: AgendaItem, @Ctx() { loaders }: Context): Promise<Paragraph[]> {
    return loaders.paragraphsByAgendaItem.load(item.id);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [Outcome], { description: 'Decisions recorded under this item.' })
  outcomes(@Root() item: AgendaItem, @Ctx() { loaders }: Context): Promise<Outcome[]> {
    return loaders.outcomesByAgendaItem.load(item.id);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [OrganizationRef], {
    description:
      "Organizations the item is about, e.g. the African Union for 'Cooperation between the United Nations and the African Union'.",
  })
  organizations(@Root() item: AgendaItem): OrganizationRef[] {
    return refs(item.organizationIds);
  }
}
