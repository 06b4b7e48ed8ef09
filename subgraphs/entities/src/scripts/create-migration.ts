import { createMigration } from '@igc/service-kit/create-migration';
import { fileURLToPath } from 'node:url';
import { entities } from '../entities.js';
import { migrations } from '../migrations/index.js';

const folder = fileURLToPath(new URL('../../src/migrations', import.meta.url));
const file = await createMigration({ entities, migrations }, folder, process.argv[2] ?? 'change');
console.log(file ? `Wrote ${file}: add it to src/migrations/index.ts.` : 'Entities and migrations agree: nothing to write.');
