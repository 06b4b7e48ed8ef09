/** Initializes an embedded database folder and exits (run by startEmbeddedDatabase on the first run). */
import { openPGlite } from './embedded-db.js';

const db = await openPGlite(process.argv[2]);
await db.close();
