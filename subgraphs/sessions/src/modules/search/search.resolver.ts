import { CONNECTION_LIST_SIZE, costWeight, PageArgs } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { SearchConnection } from './search-connection.type.js';
import { SearchFilter } from './search-filter.input.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Directive(costWeight(10))
  @Query(() => SearchConnection, {
    description:
      'Ranked full-text search over every paragraph of every ingested document. Accepts web search syntax: "quoted phrases", OR, ' +
      '-excluded.',
  })
  search(
    @Arg('query', () => String, {
      description: 'Words to find, e.g. "cybersecurity framework" or "migration -development" (at most 500 characters).',
    })
    query: string,
    @Arg('filter', () => SearchFilter, { nullable: true, description: 'Criteria the paragraphs must meet.' }) filter: SearchFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em, loaders }: Context,
  ): Promise<SearchConnection> {
    return new SearchService(em, loaders).search(query, filter, args);
  }
}
