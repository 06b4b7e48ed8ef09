import { assumedListSize, badUserInput, type Connection, CONNECTION_LIST_SIZE, costWeight, PageArgs, parentPage } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { OrganizationAlias } from '../organization/organization-alias.entity.js';
import type { Affiliation } from '../participation/affiliation.entity.js';
import { AffiliationConnection } from '../participation/affiliation-connection.type.js';
import { ParticipationConnection } from '../participation/participation-connection.type.js';
import type { Participation } from '../participation/participation.entity.js';
import type { PersonAlias } from './person-alias.entity.js';
import { PersonConnection } from './person-connection.type.js';
import { PersonFilter } from './person-filter.input.js';
import { Person } from './person.entity.js';

@Resolver(() => Person)
export class PersonResolver {
  @Directive(costWeight(10))
  @Query(() => Person, { nullable: true, description: 'Alias-aware lookup by id or any known spelling of the name.' })
  person(
    @Arg('id', () => ID, { nullable: true, description: 'Person id, e.g. elliott-harris.' }) id: string | null,
    @Arg('name', () => String, {
      nullable: true,
      description: 'Any known spelling, e.g. "Elliot Harris" (case and accents ignored; at most 200 characters).',
    })
    name: string | null,
    @Ctx() { em, loaders }: Context,
  ): Promise<Person | null> {
    if (id) return loaders.person.load(id);
    if (!name) throw badUserInput('Pass "id" or "name" to look a person up.');
    return em.getRepository(Person).findBySpelling(name);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => PersonConnection, { description: 'People, by name, optionally filtered.' })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Criteria the people must meet.' }) filter: PersonFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Connection<Person>> {
    return em.getRepository(Person).list(filter, args);
  }

  @FieldResolver(() => [String], { description: 'Every other spelling seen in the sources.' })
  async aliases(@Root() person: Person, @Ctx() { loaders }: Context): Promise<string[]> {
    const evidence = await loaders.personAliases.load(person.id);
    return [...new Set(evidence.map((e) => e.alias))].filter((alias) => alias !== person.name);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [OrganizationAlias], {
    description: 'Why each spelling was merged into this person: where it was seen and by which rule.',
  })
  resolution(@Root() person: Person, @Ctx() { loaders }: Context): Promise<PersonAlias[]> {
    return loaders.personAliases.load(person.id);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => AffiliationConnection, { description: 'Positions held, by organization name.' })
  affiliations(
    @Root() person: Person,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Affiliation>> {
    return loaders.affiliationsOfPerson.load(parentPage(person.id, args));
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParticipationConnection, { description: 'Sessions attended, newest first.' })
  participations(
    @Root() person: Person,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Participation>> {
    return loaders.participationsOfPerson.load(parentPage(person.id, args));
  }
}
