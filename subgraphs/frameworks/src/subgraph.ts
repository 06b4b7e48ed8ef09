import type { SubgraphDefinition } from '@igc/service-kit';
import { entities } from './entities.js';
import { createLoaders, type Loaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema.js';

export const frameworksSubgraph: SubgraphDefinition<Loaders> = {
  name: 'frameworks',
  defaultPort: 4003,
  entities,
  migrations,
  buildSchema,
  createLoaders,
};
