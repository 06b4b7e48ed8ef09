import { ConnectionType } from '@igc/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { SearchHit } from './search-hit.type.js';

@ObjectType('SearchConnection', { description: 'A page of search hits, best first.' })
export class SearchConnection extends ConnectionType('Search', SearchHit) {
  @Field({
    description:
      'False when more paragraphs match than are ranked (1,000): totalCount is then a lower bound, as search engines report, and the ' +
      'best hits are ranked among the first 1,000 matches. Narrow the query or the filter for an exact count.',
  })
  totalCountIsExact!: boolean;
}
