import { runSubgraphMain } from '@igc/service-kit';
import { entitiesSubgraph } from './subgraph.js';

runSubgraphMain(entitiesSubgraph);
