import { ConfigError } from '@igc/service-kit';
import { isEmpty } from '@igc/sessions';
import { openSubgraphDatabases } from './databases.js';
import { ingestSources } from './ingest.js';
import { extractCorpus } from './sources.js';
import { formatReport } from './report.js';
import { readSource, seedFiles, type SourceText } from './sources.js';
import { DocumentFormatError } from '@igc/extraction';

/**
 * `npm run ingest -- [files…]`: reads the given documents (default: the seed corpus) and loads
 * them into the subgraphs' databases. `--dry-run` only extracts and prints the report;
 * `--if-empty` loads only into empty databases (what the first `npm start` does).
 * Exit code 1 when a file was rejected or failed to load.
 */
async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const ifEmpty = argv.includes('--if-empty');
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  const sources: SourceText[] = [];
  const rejected: { fileName: string; line: number | null; error: string }[] = [];
  for (const path of paths.length ? paths : seedFiles()) {
    try {
      sources.push(readSource(path));
    } catch (error) {
      if (!(error instanceof DocumentFormatError) && !(error instanceof Error && 'code' in error)) throw error;
      rejected.push({ fileName: path, line: error instanceof DocumentFormatError ? error.line : null, error: error.message });
    }
  }
  if (ifEmpty && !dryRun) {
    const dbs = await openSubgraphDatabases();
    const empty = await isEmpty(dbs.sessions.em.fork());
    await dbs.close();
    if (!empty) {
      console.log('Documents are already loaded: nothing to do (run `npm run ingest` to reload).');
      return 0;
    }
  }
  if (dryRun) {
    const { corpus, failures, completeness } = extractCorpus(sources);
    failures.push(...rejected);
    console.log(formatReport(corpus, failures, null, completeness));
    return failures.length ? 1 : 0;
  }
  const dbs = await openSubgraphDatabases();
  try {
    const progress = (id: string, n: number, total: number) => console.log(`loaded ${id} (${n}/${total})`);
    const { extraction, load, reread, legacy } = await ingestSources(sources, dbs, progress);
    if (reread.length) console.log(`Read again with the new files: ${reread.length} file(s) loaded before.`);
    if (legacy) console.log('The database holds documents loaded before their texts were kept: pass every file to `npm run ingest` once.');
    const failures = [...extraction.failures, ...rejected];
    console.log(formatReport(extraction.corpus, failures, load, extraction.completeness));
    return failures.length || load.failed.length ? 1 : 0;
  } finally {
    await dbs.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
