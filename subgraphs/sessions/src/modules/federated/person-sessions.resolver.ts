import { type Connection, CONNECTION_LIST_SIZE, PageArgs, parentPage } from '@igc/service-kit';
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ParagraphConnection } from '../document/paragraph-connection.type.js';
import type { Paragraph } from '../document/paragraph.entity.js';
import { PersonRef } from './person.ref.js';

@Resolver(() => PersonRef)
export class PersonSessionsResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParagraphConnection, { description: 'Paragraphs that mention this person.' })
  mentions(@Root() person: PersonRef, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context): Promise<Connection<Paragraph>> {
    return loaders.paragraphsMentioningPerson.load(parentPage(person.id, args));
  }
}
