import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Document } from '../document/document.entity.js';
import { Paragraph } from '../document/paragraph.entity.js';
import { FrameworkRef } from '../federated/framework.ref.js';
import { ref } from '../federated/stubs.js';
import { Session } from '../session/session.entity.js';
import { Outcome } from './outcome.entity.js';

@Resolver(() => Outcome)
export class OutcomeResolver {
  @FieldResolver(() => Session, { description: 'The session that decided it.' })
  async session(@Root() outcome: Outcome, @Ctx() { loaders }: Context): Promise<Session> {
    return (await loaders.session.load(outcome.session.id))!;
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The agenda item it was decided under.' })
  agendaItem(@Root() outcome: Outcome, @Ctx() { loaders }: Context): Promise<AgendaItem | null> | null {
    return outcome.agendaItem ? loaders.agendaItem.load(outcome.agendaItem.id) : null;
  }

  @FieldResolver(() => Paragraph, { description: 'The paragraph that records it: its provenance.' })
  async paragraph(@Root() outcome: Outcome, @Ctx() { loaders }: Context): Promise<Paragraph> {
    return (await loaders.paragraph.load(outcome.paragraph.id))!;
  }

  @FieldResolver(() => FrameworkRef, { nullable: true, description: 'The framework or statement decided on, if any.' })
  framework(@Root() outcome: Outcome): FrameworkRef | null {
    return ref<FrameworkRef>(outcome.frameworkId);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document decided on (e.g. a committee report), if any.' })
  document(@Root() outcome: Outcome, @Ctx() { loaders }: Context): Promise<Document | null> | null {
    return outcome.documentSymbol ? loaders.documentBySymbol.load(outcome.documentSymbol) : null;
  }
}
