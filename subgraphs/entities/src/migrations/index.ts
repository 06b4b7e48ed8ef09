import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125192905_initial } from './Migration20261125192905_initial.js';
import { Migration20261125193000_indexes } from './Migration20261125193000_indexes.js';
import { Migration20261125200539_curation } from './Migration20261125200539_curation.js';
import { Migration20261201041500_bounded_lists } from './Migration20261201041500_bounded_lists.js';
import { Migration20261201060000_participation_counts } from './Migration20261201060000_participation_counts.js';

/**
 * Applied in order, never edited once released. `node dist/scripts/create-migration.js <name>`
 * writes the next one from the entities; add it here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125192905_initial', class: Migration20261125192905_initial },
  { name: 'Migration20261125193000_indexes', class: Migration20261125193000_indexes },
  { name: 'Migration20261125200539_curation', class: Migration20261125200539_curation },
  { name: 'Migration20261201041500_bounded_lists', class: Migration20261201041500_bounded_lists },
  { name: 'Migration20261201060000_participation_counts', class: Migration20261201060000_participation_counts },
];
