import type { SubgraphDefinition } from '@igc/service-kit';
import { entities } from './entities.js';
import { createLoaders, type Loaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema.js';

export const sessionsSubgraph: SubgraphDefinition<Loaders> = {
  name: 'sessions',
  defaultPort: 4001,
  entities,
  migrations,
  buildSchema,
  createLoaders,
};
