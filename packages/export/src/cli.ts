import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '@igc/service-kit/config';
import { openExportSource } from './databases.js';
import { runExport } from './export.js';

/** `exports/20261201T043000Z`: sortable, and valid in file names everywhere. */
function defaultOutDir(now = new Date()): string {
  return `exports/${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '')}`;
}

/** `npm run export -- [--out DIR]`: the whole graph as files (see README, "Data out"). */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log('npm run export -- [--out DIR]   (default DIR: exports/<UTC timestamp>)');
    return 0;
  }
  const dir = resolve(values.out ?? defaultOutDir());
  const source = await openExportSource();
  try {
    const manifest = await runExport(source, dir, (line) => console.log(line));
    console.log(`Exported ${manifest.files.length} files to ${dir} (manifest.json lists rows, bytes and sha256).`);
    return 0;
  } finally {
    await source.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || (error instanceof TypeError && 'code' in error) ? error.message : error);
    process.exit(1);
  },
);
