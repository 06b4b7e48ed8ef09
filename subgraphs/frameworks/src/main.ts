import { runSubgraphMain } from '@igc/service-kit';
import { frameworksSubgraph } from './subgraph.js';

runSubgraphMain(frameworksSubgraph);
