import { runSubgraphMain } from '@igc/service-kit';
import { sessionsSubgraph } from './subgraph.js';

runSubgraphMain(sessionsSubgraph);
