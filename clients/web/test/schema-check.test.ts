import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, WEB } from './helpers.js';

const script = join(WEB, 'scripts/schema-check.mjs');
const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const current = readFileSync(join(ROOT, 'gateway/schema.graphql'), 'utf8');
// The same schema without Session.year: a breaking change for clients that select it.
const withoutYear = current.replace(/(type Session \{[\s\S]*?)\n\s*"""Year the session opened\."""\n\s*year: Int\n/, '$1\n');
const empty = file('none.json', '{ "accepted": [] }');

describe('schema safety check (graphql-inspector)', () => {
  it('passes for the committed schema against main (or the commit before on main)', () => {
    const { code, output } = run(process.execPath, [script]);
    expect(code, output).toBe(0);
    expect(output).toMatch(/schema-check: (gateway\/schema\.graphql against|no earlier version)/);
  });

  it('fails on an undeclared breaking change and names it', () => {
    expect(withoutYear).not.toBe(current);
    const { code, output } = run(process.execPath, [
      script,
      '--base',
      join(ROOT, 'gateway/schema.graphql'),
      '--schema',
      file('new.graphql', withoutYear),
      '--accepted',
      empty,
    ]);
    expect(code, output).toBe(1);
    expect(output).toContain('FIELD_REMOVED Session.year');
    expect(output).toContain('undeclared breaking change');
  });

  it('passes when the breaking change is declared with a reason', () => {
    const accepted = file('accepted.json', JSON.stringify({ accepted: [{ type: 'FIELD_REMOVED', path: 'Session.year', reason: 'test' }] }));
    const { code, output } = run(process.execPath, [
      script,
      '--base',
      join(ROOT, 'gateway/schema.graphql'),
      '--schema',
      file('new2.graphql', withoutYear),
      '--accepted',
      accepted,
    ]);
    expect(code, output).toBe(0);
    expect(output).toContain('(declared)');
  });

  it('passes an additive change', () => {
    const added = current.replace('type Query {', 'type Query {\n  """A new field."""\n  ping: String\n');
    const { code, output } = run(process.execPath, [
      script,
      '--base',
      join(ROOT, 'gateway/schema.graphql'),
      '--schema',
      file('added.graphql', added),
      '--accepted',
      empty,
    ]);
    expect(code, output).toBe(0);
    expect(output).toContain('0 breaking');
  });

  it('the declared list in the repository is well-formed', () => {
    const list = JSON.parse(readFileSync(join(ROOT, 'gateway/breaking-changes.json'), 'utf8')) as { accepted: unknown[] };
    expect(Array.isArray(list.accepted)).toBe(true);
  });
});
