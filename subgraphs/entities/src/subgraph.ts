import type { SubgraphDefinition } from '@igc/service-kit';
import { entities } from './entities.js';
import { createLoaders, type Loaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema.js';

export const entitiesSubgraph: SubgraphDefinition<Loaders> = {
  name: 'entities',
  defaultPort: 4002,
  entities,
  migrations,
  buildSchema,
  createLoaders,
};
