#!/usr/bin/env node
// Part of `npm run build`: bundles GraphiQL with Vite into dist/, unless dist/ was built from
// exactly the same inputs (sources, README operations, lockfile): then it is already up to date.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const inputs = [
  '../../README.md',
  '../../package-lock.json',
  'package.json',
  'index.html',
  'vite.config.ts',
  ...readdirSync(join(root, 'src')).map((name) => `src/${name}`),
];
const hash = createHash('sha256');
for (const input of inputs) hash.update(input).update(readFileSync(join(root, input)));
const digest = hash.digest('hex');
const stamp = join(root, 'dist', '.inputs-sha256');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
  console.log('GraphiQL bundle is up to date (clients/graphiql/dist).');
} else {
  await build({ root, configFile: join(root, 'vite.config.ts') });
  writeFileSync(stamp, digest);
  console.log('GraphiQL bundled into clients/graphiql/dist.');
}
