import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ParagraphRef, paragraphStub } from '../federated/paragraph.ref.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Affiliation } from './affiliation.entity.js';

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Person, { description: 'Who holds the position.' })
  async person(@Root() affiliation: Affiliation, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.person.load(affiliation.person.id))!;
  }

  @FieldResolver(() => Organization, { description: 'Where the position is held.' })
  async organization(@Root() affiliation: Affiliation, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.organization.load(affiliation.organization.id))!;
  }

  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Provenance: the paragraph that states it.' })
  paragraph(@Root() affiliation: Affiliation): ParagraphRef | null {
    return paragraphStub(affiliation.paragraphId);
  }
}
