#!/usr/bin/env node
// Schema safety: compares the committed client-facing schema (gateway/schema.graphql) with the
// version on the main branch and fails on a breaking change that is not declared in
// gateway/breaking-changes.json.
//
//   node clients/web/scripts/schema-check.mjs                 # against main (or HEAD~1, see below)
//   node clients/web/scripts/schema-check.mjs --base-ref v1.2  # against another git revision
//   node clients/web/scripts/schema-check.mjs --base old.graphql --schema new.graphql --accepted list.json
//
// The base is `main`'s schema; on main itself (HEAD is main's commit), the schema before the
// latest commit (HEAD~1), so the commit that changes the schema is the one checked. Without git
// history to compare with, it says so and passes.
//
// A declared breaking change is an entry of breaking-changes.json:
//   { "accepted": [ { "type": "FIELD_REMOVED", "path": "Session.oldField", "reason": "why clients are fine" } ] }
// (`type` and `path` as this script prints them; `reason` is required.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SCHEMA = 'gateway/schema.graphql';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'base-ref': { type: 'string' },
    schema: { type: 'string', default: `${root}${SCHEMA}` },
    accepted: { type: 'string', default: `${root}gateway/breaking-changes.json` },
  },
});

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function revision(ref) {
  try {
    return git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    return undefined;
  }
}

/** The base schema's text and a label, or undefined when there is nothing to compare with. */
function baseSchema() {
  if (values.base) return { label: values.base, text: readFileSync(values.base, 'utf8') };
  let ref = values['base-ref'];
  if (!ref) {
    const head = revision('HEAD');
    const main = revision('main') ?? revision('origin/main');
    ref = main && main !== head ? (revision('main') ? 'main' : 'origin/main') : 'HEAD~1';
  }
  if (!revision(ref)) return undefined;
  try {
    return { label: `${ref}:${SCHEMA}`, text: git('show', `${ref}:${SCHEMA}`) };
  } catch {
    return undefined; // the schema did not exist yet at that revision
  }
}

function readAccepted(path) {
  let list;
  try {
    list = JSON.parse(readFileSync(path, 'utf8')).accepted;
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw new Error(`${path}: ${error.message}`);
  }
  if (!Array.isArray(list)) throw new Error(`${path}: expected { "accepted": [ ... ] }`);
  for (const entry of list) {
    if (!entry?.type || !entry?.path || !entry?.reason) {
      throw new Error(`${path}: every accepted change needs "type", "path" and "reason": ${JSON.stringify(entry)}`);
    }
  }
  return list;
}

const base = baseSchema();
if (!base) {
  console.log('schema-check: no earlier version of the schema to compare with; nothing to check.');
  process.exit(0);
}
const changes = await diff(buildSchema(base.text), buildSchema(readFileSync(values.schema, 'utf8')));
const accepted = readAccepted(values.accepted);
const isAccepted = (change) => accepted.some((a) => a.type === change.type && a.path === change.path);

const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const undeclared = breaking.filter((c) => !isAccepted(c));
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);

const counts = `${changes.length} change(s), ${breaking.length} breaking, ${dangerous.length} dangerous`;
console.log(`schema-check: ${values.schema.replace(root, '')} against ${base.label}: ${counts}.`);
for (const c of dangerous) console.log(`  dangerous  ${c.type} ${c.path ?? ''}: ${c.message}`);
for (const c of breaking) console.log(`  breaking   ${c.type} ${c.path ?? ''}: ${c.message}${isAccepted(c) ? '  (declared)' : ''}`);
if (undeclared.length) {
  console.error(
    `\nschema-check: ${undeclared.length} undeclared breaking change(s). Keep the old field/type/argument (deprecate it), ` +
      `or declare each in ${values.accepted.replace(root, '')} with a reason:\n` +
      JSON.stringify({ accepted: undeclared.map((c) => ({ type: c.type, path: c.path, reason: '…' })) }, null, 2),
  );
  process.exit(1);
}
