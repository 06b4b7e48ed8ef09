import { assumedListSize, type Connection, CONNECTION_LIST_SIZE, PageArgs, parentPage } from '@igc/service-kit';
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Document } from '../document/document.entity.js';
import { OutcomeConnection } from '../outcome/outcome-connection.type.js';
import type { Outcome } from '../outcome/outcome.entity.js';
import { FrameworkRef } from './framework.ref.js';

@Resolver(() => FrameworkRef)
export class FrameworkSessionsResolver {
  @Directive(assumedListSize(10))
  @FieldResolver(() => [Document], { description: 'Documents whose text contains it (a framework may appear in several).' })
  sourceDocuments(@Root() framework: FrameworkRef, @Ctx() { loaders }: Context): Promise<Document[]> {
    return loaders.sourceDocumentsOfFramework.load(framework.id);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => OutcomeConnection, { description: 'Outcomes that endorsed or adopted it, oldest first.' })
  endorsements(
    @Root() framework: FrameworkRef,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Outcome>> {
    return loaders.endorsementsOfFramework.load(parentPage(framework.id, args));
  }
}
