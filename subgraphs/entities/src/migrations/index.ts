import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125192659_initial } from './Migration20261125192659_initial.js';

/** Applied in order. `node dist/scripts/create-migration.js <name>` writes the next one from the entities. */
export const migrations: MigrationObject[] = [{ name: 'Migration20261125192659_initial', class: Migration20261125192659_initial }];
