export { composeSupergraph, SUBGRAPHS } from './composition.js';
export { loadGatewayConfig } from './config.js';
export { startGateway } from './server.js';
