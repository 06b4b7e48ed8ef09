import { assumedListSize } from '@igc/service-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { FrameworkRef } from '../federated/framework.ref.js';
import { OrganizationRef } from '../federated/organization.ref.js';
import { PersonRef } from '../federated/person.ref.js';
import { refs } from '../federated/stubs.js';
import { Document } from './document.entity.js';
import { Paragraph } from './paragraph.entity.js';

@Resolver(() => Paragraph)
export class ParagraphResolver {
  @FieldResolver(() => Document, { description: 'The document it belongs to.' })
  async document(@Root() paragraph: Paragraph, @Ctx() { loaders }: Context): Promise<Document> {
    return (await loaders.document.load(paragraph.document.id))!;
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The agenda item it falls under, in a session record.' })
  agendaItem(@Root() paragraph: Paragraph, @Ctx() { loaders }: Context): Promise<AgendaItem | null> | null {
    return paragraph.agendaItem ? loaders.agendaItem.load(paragraph.agendaItem.id) : null;
  }

  @Directive(assumedListSize(10))
  @FieldResolver(() => [OrganizationRef], { description: 'Organizations it names, resolved to entities.' })
  organizations(@Root() paragraph: Paragraph): OrganizationRef[] {
    return refs(paragraph.organizationIds);
  }

  @Directive(assumedListSize(10))
  @FieldResolver(() => [PersonRef], { description: 'People it names, resolved to entities.' })
  people(@Root() paragraph: Paragraph): PersonRef[] {
    return refs(paragraph.personIds);
  }

  @Directive(assumedListSize(5))
  @FieldResolver(() => [FrameworkRef], { description: 'Frameworks whose text it holds or which it names.' })
  frameworks(@Root() paragraph: Paragraph): FrameworkRef[] {
    return refs(paragraph.frameworkIds);
  }
}
