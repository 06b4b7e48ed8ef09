/** The organizations known so far and the indexes that find them by name or alias. */
import type { AliasEvidence, OrganizationKind } from '../model.js';
import { normalizeKey, squash, stripAccents } from './text.js';

export const RULE_GAZETTEER = 'gazetteer';
export const RULE_ACRONYM_DEFINED = 'acronym defined in text';

export interface Org {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  parentId: string | null;
  names: string[];
  evidence: Map<string, AliasEvidence>;
  used: boolean;
}

export interface Pattern {
  id: string;
  alias: string;
  tokens: string[];
  caseSensitive: boolean;
}

export interface Token {
  raw: string;
  norm: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = stripAccents(m[0]).replace(/['’]/g, '');
    let norm = raw.toLowerCase();
    if (norm === 'organisation') norm = 'organization';
    if (norm === 'organisations') norm = 'organizations';
    out.push({ raw, norm, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** An alias is matched case-sensitively when one of its words starts with two capitals (UNDP, UN-Women, CEB secretariat). */
function isCaseSensitive(alias: string): boolean {
  return alias.split(/\s+/).some((w) => /^\p{Lu}\p{Lu}/u.test(stripAccents(w)));
}

export const SEPARATOR_RE = /^[\s\u00a0]*[-–—,/]?[\s\u00a0]*$/;

/** The organizations known so far and the indexes that find them by name. */
export interface Registry {
  orgs: Map<string, Org>;
  /** Normalized name → the organizations it names (more than one: ambiguous, never resolved). */
  keyIndex: Map<string, Set<string>>;
  /** First word of an alias → the aliases starting with it (for matching in running text). */
  patternsByFirst: Map<string, Pattern[]>;
}

function indexName(reg: Registry, id: string, alias: string): void {
  const key = normalizeKey(alias);
  if (key === '') return;
  let s = reg.keyIndex.get(key);
  if (!s) reg.keyIndex.set(key, (s = new Set()));
  s.add(id);
  const caseSensitive = isCaseSensitive(alias);
  let toks = tokenize(alias);
  if (toks.length > 1 && toks[0]!.norm === 'the') toks = toks.slice(1);
  if (toks.length === 0) return;
  const tokens = toks.map((t) => (caseSensitive ? t.raw : t.norm));
  const first = toks[0]!.norm;
  let list = reg.patternsByFirst.get(first);
  if (!list) reg.patternsByFirst.set(first, (list = []));
  if (!list.some((p) => p.id === id && p.tokens.join(' ') === tokens.join(' ') && p.caseSensitive === caseSensitive)) {
    list.push({ id, alias, tokens, caseSensitive });
  }
}

export function addOrg(reg: Registry, o: Omit<Org, 'evidence' | 'used' | 'names'>, names: string[]): Org {
  const org: Org = { ...o, names: [], evidence: new Map(), used: false };
  reg.orgs.set(o.id, org);
  for (const n of names) addName(reg, org, n);
  return org;
}

export function addName(reg: Registry, org: Org, name: string): boolean {
  const clean = squash(name);
  if (clean === '' || org.names.some((n) => n === clean)) return false;
  org.names.push(clean);
  indexName(reg, org.id, clean);
  return true;
}

export function resolveName(reg: Registry, name: string): string | null {
  const s = reg.keyIndex.get(normalizeKey(name));
  if (s?.size !== 1) return null;
  return [...s][0]!;
}

export function markUsed(
  reg: Registry,
  organizationId: string,
  alias: string,
  paragraphId: string | null,
  rule: string = RULE_GAZETTEER,
): void {
  const org = reg.orgs.get(organizationId);
  if (!org) throw new Error(`unknown organization '${organizationId}'`);
  org.used = true;
  const a = squash(alias);
  if (!org.evidence.has(a)) org.evidence.set(a, { alias: a, rule, paragraphId });
}
