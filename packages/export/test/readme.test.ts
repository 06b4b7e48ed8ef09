import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../src/tables.js';

describe('README "Data out"', () => {
  it('documents every exported table with its columns in file order', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const section = readme.split(/^## /m).find((part) => part.startsWith('Data out'))!;
    const documented = Object.fromEntries(
      [...section.matchAll(/^\| `(\w+)` \| ([a-z0-9_, ]+) \|$/gm)].map((m) => [m[1]!, m[2]!.split(', ')]),
    );
    expect(documented).toEqual(Object.fromEntries(TABLES.map((t) => [t.name, t.columns.map((c) => c.name)])));
  });
});
