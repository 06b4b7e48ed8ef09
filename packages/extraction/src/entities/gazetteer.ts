import { readFileSync } from 'node:fs';
import type { OrganizationKind } from '../model.js';

/** One curated organization (seeds/data/gazetteer.json). */
export interface GazetteerEntry {
  /** Lower-case slug: the acronym when it has one (`undp`, `un-women`), else a slug of the name. */
  id: string;
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind;
  parent: string | null;
  /** URL of the public list the entry comes from. */
  source: string;
}

export interface GazetteerSource {
  id: string;
  title: string;
  url: string;
}

export interface Gazetteer {
  description?: string;
  version?: number;
  sources: GazetteerSource[];
  organizations: GazetteerEntry[];
}

/** Reads and checks a gazetteer file (the product's is seeds/data/gazetteer.json): unique ids, known parents. */
export function loadGazetteer(path: string): Gazetteer {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Gazetteer;
  validateGazetteer(raw);
  return raw;
}

export function validateGazetteer(g: Gazetteer): void {
  const ids = new Set<string>();
  for (const o of g.organizations) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.id)) throw new Error(`gazetteer: bad id '${o.id}'`);
    if (ids.has(o.id)) throw new Error(`gazetteer: duplicate id '${o.id}'`);
    ids.add(o.id);
  }
  for (const o of g.organizations) {
    if (o.parent !== null && !ids.has(o.parent)) throw new Error(`gazetteer: '${o.id}' has unknown parent '${o.parent}'`);
  }
}
