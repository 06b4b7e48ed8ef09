import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125192900_initial } from './Migration20261125192900_initial.js';
import { Migration20261125193000_search_and_indexes } from './Migration20261125193000_search_and_indexes.js';
import { Migration20261201040715_source_text } from './Migration20261201040715_source_text.js';
import { Migration20261201041500_bounded_lists } from './Migration20261201041500_bounded_lists.js';

/**
 * Applied in order, never edited once released. `node dist/scripts/create-migration.js <name>`
 * writes the next one from the entities; add it here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125192900_initial', class: Migration20261125192900_initial },
  { name: 'Migration20261125193000_search_and_indexes', class: Migration20261125193000_search_and_indexes },
  { name: 'Migration20261201040715_source_text', class: Migration20261201040715_source_text },
  { name: 'Migration20261201041500_bounded_lists', class: Migration20261201041500_bounded_lists },
];
