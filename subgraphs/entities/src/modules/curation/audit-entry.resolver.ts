import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { CurationRule } from './curation-rule.entity.js';
import { CurationService } from './curation.service.js';

@Resolver(() => CurationRule)
export class AuditEntryResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Subject ("sub") of the token that made the change; null unless the caller\'s token has the curation scope.',
  })
  async actor(@Root() entry: CurationRule, @Ctx() ctx: Context): Promise<string | null> {
    return (await CurationService.of(ctx).callerIsCurator()) ? entry.actor : null;
  }
}
