export { runExport, sourceCommit, type Manifest } from './export.js';
export { openExportSource, type ExportSource } from './databases.js';
export { TABLES, tableQuery, type Table, type Column } from './tables.js';
export { paragraphEId, workIri, expressionIri } from './akn-ids.js';
export type { FileEntry } from './file-sink.js';
