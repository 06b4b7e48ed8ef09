import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125192910_initial } from './Migration20261125192910_initial.js';
import { Migration20261201041500_bounded_lists } from './Migration20261201041500_bounded_lists.js';

/**
 * Applied in order, never edited once released. `node dist/scripts/create-migration.js <name>`
 * writes the next one from the entities; add it here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125192910_initial', class: Migration20261125192910_initial },
  { name: 'Migration20261201041500_bounded_lists', class: Migration20261201041500_bounded_lists },
];
