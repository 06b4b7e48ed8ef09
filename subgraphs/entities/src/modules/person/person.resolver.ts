import {
  assumedListSize,
  badUserInput,
  CONNECTION_LIST_SIZE,
  ConnectionType,
  costWeight,
  pageRequest,
  toConnection,
} from '@igc/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { findBySpelling } from '../../lookup.js';
import { likePattern } from '../../search-text.js';
import { OrganizationAlias } from '../organization/organization-alias.entity.js';
import { PageArgs } from '@igc/service-kit';
import { Affiliation } from '../participation/affiliation.entity.js';
import { Participation } from '../participation/participation.entity.js';
import type { PersonAlias } from './person-alias.entity.js';
import { Person } from './person.entity.js';

@InputType('PersonFilter', { description: 'Narrows a list of people; all given criteria must hold.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Substring of any spelling of the name, case-insensitive.' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only people affiliated with, or sitting in a delegation of, this organization (id).' })
  organizationId?: string | null;
}

@ObjectType('PersonConnection', { description: 'A page of people, by name.' })
export class PersonConnection extends ConnectionType('Person', Person) {}

@Resolver(() => Person)
export class PersonResolver {
  @Directive(costWeight(10))
  @Query(() => Person, { nullable: true, description: 'Alias-aware lookup by id or any known spelling of the name.' })
  async person(
    @Arg('id', () => ID, { nullable: true, description: 'Person id, e.g. elliott-harris.' }) id: string | null,
    @Arg('name', () => String, { nullable: true, description: 'Any known spelling, e.g. "Elliot Harris" (case and accents ignored).' }) name: string | null,
    @Ctx() { em, loaders }: Context,
  ): Promise<Person | null> {
    if (id) return loaders.person.load(id);
    if (!name) throw badUserInput('Pass "id" or "name" to look a person up.');
    return findBySpelling(em, Person, name);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => PersonConnection, { description: 'People, by name, optionally filtered.' })
  async people(
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Criteria the people must meet.' }) filter: PersonFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<PersonConnection> {
    const page = pageRequest(args.first, args.after);
    const where: FilterQuery<Person>[] = [];
    if (filter?.text) where.push({ searchText: { $like: likePattern(filter.text) } });
    if (filter?.organizationId) {
      const orgId = filter.organizationId;
      const [affiliated, participants] = await Promise.all([
        em.find(Affiliation, { organization: orgId }, { fields: ['person'] }),
        em.find(Participation, { organization: orgId }, { fields: ['person'] }),
      ]);
      where.push({ id: { $in: [...new Set([...affiliated, ...participants].map((row) => row.person.id))] } });
    }
    const [items, total] = await em.findAndCount(Person, { $and: where }, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, total, page);
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

  @Directive(assumedListSize(20))
  @FieldResolver(() => [Affiliation], { description: 'Positions held, as the sources state them.' })
  affiliations(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Affiliation[]> {
    return loaders.affiliationsByPerson.load(person.id);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [Participation], { description: 'Sessions this person took part in, with role and delegation.' })
  participations(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Participation[]> {
    return loaders.participationsByPerson.load(person.id);
  }
}
