import type { SubgraphContext } from '@igc/service-kit';
import type { Loaders } from './loaders.js';

export type Context = SubgraphContext<Loaders>;
