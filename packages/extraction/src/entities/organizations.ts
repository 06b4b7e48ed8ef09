import type { AliasEvidence, ExtractedOrganization, OrganizationKind, Provenance } from '../model.js';
import type { Gazetteer } from './gazetteer.js';
import {
  backwardRun,
  hasOrgKeyword,
  initialsFit,
  isNameStart,
  joinWords,
  kindOfNewOrganization,
  TITLE_WORDS,
} from './organization-words.js';
import { normalizeKey, slugify, squash, stripAccents } from './text.js';

export { hasOrgKeyword, kindOfNewOrganization, ORG_KEYWORDS } from './organization-words.js';

export interface OrganizationMention {
  organizationId: string;
  /** The text as printed. */
  alias: string;
  start: number;
  end: number;
}

/** What learnDefinitions picked up from one "Name (ACR)" occurrence. */
export interface LearnedDefinition {
  organizationId: string;
  name: string;
  acronym: string;
  /** True when the organization was not in the gazetteer and was created from the text. */
  created: boolean;
  /** Aliases that were new for the organization. */
  newAliases: string[];
  provenance: Provenance;
}

export const RULE_GAZETTEER = 'gazetteer';
export const RULE_ACRONYM_DEFINED = 'acronym defined in text';

export interface OrganizationResolver {
  /** Organization id for a name, acronym or alias; null when unknown or ambiguous. */
  resolve(name: string): string | null;
  /** Mentions in running text: longest match first, no overlap, acronyms case-sensitive whole words. */
  findMentions(text: string): OrganizationMention[];
  /** findMentions + records every mention as alias evidence (organization marked as used). */
  recordMentions(text: string, paragraphId: string | null): OrganizationMention[];
  /** Picks up "Full Name (ACR)" definitions; adds aliases or creates organizations (kind OTHER). */
  learnDefinitions(text: string, provenance: Provenance): LearnedDefinition[];
  /** Marks an organization as used, with the alias it was seen under. */
  markUsed(organizationId: string, alias: string, paragraphId: string | null, rule?: string): void;
  /** The organization (gazetteer or learned), with the alias evidence gathered so far. */
  get(organizationId: string): ExtractedOrganization | null;
  /** Organizations actually used (mentioned, resolved for a fact, or defined in text), id order. */
  usedOrganizations(): ExtractedOrganization[];
  /** Every known organization (gazetteer + learned), id order. */
  allOrganizations(): ExtractedOrganization[];
  /** Normalized keys that point to more than one organization (never resolved). */
  ambiguousKeys(): string[];
}

interface Org {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  parentId: string | null;
  names: string[];
  evidence: Map<string, AliasEvidence>;
  used: boolean;
}

interface Pattern {
  id: string;
  alias: string;
  tokens: string[];
  caseSensitive: boolean;
}

interface Token {
  raw: string;
  norm: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function tokenize(text: string): Token[] {
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

const SEPARATOR_RE = /^[\s\u00a0]*[-–—,/]?[\s\u00a0]*$/;

export function createOrganizationResolver(gazetteer: Gazetteer): OrganizationResolver {
  const orgs = new Map<string, Org>();
  const keyIndex = new Map<string, Set<string>>();
  const patternsByFirst = new Map<string, Pattern[]>();

  function indexName(id: string, alias: string): void {
    const key = normalizeKey(alias);
    if (key === '') return;
    let s = keyIndex.get(key);
    if (!s) keyIndex.set(key, (s = new Set()));
    s.add(id);
    const caseSensitive = isCaseSensitive(alias);
    let toks = tokenize(alias);
    if (toks.length > 1 && toks[0]!.norm === 'the') toks = toks.slice(1);
    if (toks.length === 0) return;
    const tokens = toks.map((t) => (caseSensitive ? t.raw : t.norm));
    const first = toks[0]!.norm;
    let list = patternsByFirst.get(first);
    if (!list) patternsByFirst.set(first, (list = []));
    if (!list.some((p) => p.id === id && p.tokens.join(' ') === tokens.join(' ') && p.caseSensitive === caseSensitive)) {
      list.push({ id, alias, tokens, caseSensitive });
    }
  }

  function addOrg(o: Omit<Org, 'evidence' | 'used' | 'names'>, names: string[]): Org {
    const org: Org = { ...o, names: [], evidence: new Map(), used: false };
    orgs.set(o.id, org);
    for (const n of names) addName(org, n);
    return org;
  }

  function addName(org: Org, name: string): boolean {
    const clean = squash(name);
    if (clean === '' || org.names.some((n) => n === clean)) return false;
    org.names.push(clean);
    indexName(org.id, clean);
    return true;
  }

  for (const e of gazetteer.organizations) {
    addOrg({ id: e.id, name: e.name, acronym: e.acronym, kind: e.kind, parentId: e.parent }, [
      e.name,
      ...(e.acronym ? [e.acronym] : []),
      ...e.aliases,
    ]);
  }

  function resolve(name: string): string | null {
    const s = keyIndex.get(normalizeKey(name));
    if (s?.size !== 1) return null;
    return [...s][0]!;
  }

  function findMentions(text: string): OrganizationMention[] {
    const toks = tokenize(text);
    const out: OrganizationMention[] = [];
    let i = 0;
    while (i < toks.length) {
      const t = toks[i]!;
      const candidates = patternsByFirst.get(t.norm) ?? [];
      let best: { p: Pattern; endTok: number } | null = null;
      for (const p of candidates) {
        if (i + p.tokens.length > toks.length) continue;
        let ok = true;
        for (let k = 0; k < p.tokens.length; k++) {
          const tk = toks[i + k]!;
          const want = p.tokens[k]!;
          if ((p.caseSensitive ? tk.raw : tk.norm) !== want) {
            ok = false;
            break;
          }
          if (k > 0 && !SEPARATOR_RE.test(text.slice(toks[i + k - 1]!.end, tk.start))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const endTok = i + p.tokens.length - 1;
        // Short acronyms used as prefixes ("UN-Water" when UN-Water is unknown) are not whole words.
        if (p.tokens.length === 1 && p.caseSensitive && p.tokens[0]!.length <= 2) {
          const after = text.slice(toks[endTok]!.end, toks[endTok]!.end + 2);
          const before = text.slice(Math.max(0, t.start - 2), t.start);
          if (/^[-–]\p{L}/u.test(after) || /\p{L}[-–]$/u.test(before)) continue;
        }
        if (!best || p.tokens.length > best.p.tokens.length) best = { p, endTok };
      }
      if (best) {
        const ids = keyIndex.get(normalizeKey(best.p.alias));
        if (ids && ids.size === 1) {
          const start = t.start;
          const end = toks[best.endTok]!.end;
          out.push({ organizationId: best.p.id, alias: text.slice(start, end), start, end });
          i = best.endTok + 1;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  function markUsed(organizationId: string, alias: string, paragraphId: string | null, rule: string = RULE_GAZETTEER): void {
    const org = orgs.get(organizationId);
    if (!org) throw new Error(`unknown organization '${organizationId}'`);
    org.used = true;
    const a = squash(alias);
    if (!org.evidence.has(a)) org.evidence.set(a, { alias: a, rule, paragraphId });
  }

  function recordMentions(text: string, paragraphId: string | null): OrganizationMention[] {
    const ms = findMentions(text);
    for (const m of ms) markUsed(m.organizationId, m.alias, paragraphId);
    return ms;
  }

  function learnDefinitions(text: string, provenance: Provenance): LearnedDefinition[] {
    const out: LearnedDefinition[] = [];
    const re = /\(([\p{L}][\p{L}\p{N}&.-]*)\)/gu;
    for (const m of text.matchAll(re)) {
      const acronym = m[1]!;
      if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      if (/^\p{Lu}?[\p{Ll}]+$/u.test(acronym)) continue;
      const before = text.slice(0, m.index).replace(/\s+$/, '');
      const words = backwardRun(before);
      if (words.length === 0) continue;
      const def = chooseDefinition(words, acronym);
      if (!def) continue;
      out.push(def);
    }
    return out;

    function chooseDefinition(words: string[], acronym: string): LearnedDefinition | null {
      const acrId = resolve(acronym);
      // 1. The longest suffix of the run that names a known organization.
      for (let s = 0; s < words.length; s++) {
        if (!isNameStart(words[s]!)) continue;
        const ws = words.slice(s);
        // A bare acronym inside a longer name ("... of the CIS (CISSTAT)") defines nothing.
        if (ws.length === 1 && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(ws[0]!)) continue;
        const name = joinWords(ws);
        const id = resolve(name);
        if (!id) continue;
        if (acrId !== null && acrId !== id) return null; // conflicting: report nothing
        const org = orgs.get(id)!;
        const newAliases: string[] = [];
        if (acrId === null && addName(org, acronym)) newAliases.push(acronym);
        if (newAliases.length > 0)
          org.evidence.set(acronym, { alias: acronym, rule: RULE_ACRONYM_DEFINED, paragraphId: provenance.paragraphId });
        markUsed(id, name, provenance.paragraphId);
        return { organizationId: id, name, acronym, created: false, newAliases, provenance };
      }
      // 2. Not a known name: cut the run at the last title word ("Secretaries-General of the ...").
      let from = 0;
      for (let s = 0; s < words.length; s++) {
        const w = words[s]!.toLowerCase();
        if (w.split('-').some((p) => TITLE_WORDS.has(p)) || /-general$/.test(w)) from = s + 1;
      }
      const cand = words.slice(from);
      const starts: number[] = [];
      for (let s = 0; s < cand.length; s++) if (isNameStart(cand[s]!)) starts.push(s);
      if (starts.length === 0) return null;
      if (acrId !== null) {
        const name = joinWords(cand.slice(starts[0]));
        if (!hasOrgKeyword(name)) return null;
        const org = orgs.get(acrId)!;
        const added = addName(org, name);
        if (added) org.evidence.set(name, { alias: name, rule: RULE_ACRONYM_DEFINED, paragraphId: provenance.paragraphId });
        markUsed(acrId, acronym, provenance.paragraphId);
        return { organizationId: acrId, name, acronym, created: false, newAliases: added ? [name] : [], provenance };
      }
      // 3. Unknown name and unknown acronym: the longest suffix starting with the acronym's first letter.
      const first = stripAccents(acronym)[0]!.toLowerCase();
      for (const s0 of starts) {
        // UN missions and offices drop "United Nations" from their acronym (MINUSCA).
        const s = s0 >= 2 && cand[s0 - 2] === 'United' && cand[s0 - 1] === 'Nations' ? s0 - 2 : s0;
        const ws = cand.slice(s);
        if (stripAccents(cand[s0]!)[0]!.toLowerCase() !== first) continue;
        const name = joinWords(ws);
        if (!hasOrgKeyword(name)) continue;
        if (!initialsFit(cand.slice(s0), acronym)) continue;
        if (ws.filter((w) => /^\p{Lu}/u.test(w)).length < 2) continue;
        let id = slugify(acronym);
        if (orgs.has(id)) id = slugify(name);
        if (orgs.has(id)) return null;
        const { kind, parentId } = kindOfNewOrganization(name, (x) => orgs.has(x));
        const org = addOrg({ id, name, acronym, kind, parentId }, [name, acronym]);
        org.evidence.set(name, { alias: name, rule: RULE_ACRONYM_DEFINED, paragraphId: provenance.paragraphId });
        org.evidence.set(acronym, { alias: acronym, rule: RULE_ACRONYM_DEFINED, paragraphId: provenance.paragraphId });
        org.used = true;
        return { organizationId: id, name, acronym, created: true, newAliases: [name, acronym], provenance };
      }
      return null;
    }
  }

  function toExtracted(o: Org): ExtractedOrganization {
    return {
      id: o.id,
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      parentId: o.parentId,
      aliases: [...o.evidence.values()],
    };
  }

  return {
    resolve,
    findMentions,
    recordMentions,
    learnDefinitions,
    markUsed,
    get: (id) => {
      const o = orgs.get(id);
      return o ? toExtracted(o) : null;
    },
    usedOrganizations: () =>
      [...orgs.values()]
        .filter((o) => o.used)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(toExtracted),
    allOrganizations: () => [...orgs.values()].sort((a, b) => a.id.localeCompare(b.id)).map(toExtracted),
    ambiguousKeys: () =>
      [...keyIndex.entries()]
        .filter(([, s]) => s.size > 1)
        .map(([k]) => k)
        .sort(),
  };
}
