import type { ExtractedOrganization, Provenance } from '../model.js';
import type { Gazetteer } from './gazetteer.js';
import { learnDefinitions } from './organization-definitions.js';
import {
  addOrg,
  markUsed,
  type Org,
  type Pattern,
  type Registry,
  resolveName,
  SEPARATOR_RE,
  type Token,
  tokenize,
} from './organization-registry.js';
import { normalizeKey } from './text.js';

export { hasOrgKeyword, kindOfNewOrganization, ORG_KEYWORDS } from './organization-words.js';
export { RULE_ACRONYM_DEFINED, RULE_GAZETTEER } from './organization-registry.js';

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

/** The longest alias that matches at token `i` and names one organization, or null. */
function longestMatchAt(reg: Registry, text: string, toks: readonly Token[], i: number): { p: Pattern; endTok: number } | null {
  const t = toks[i]!;
  let best: { p: Pattern; endTok: number } | null = null;
  for (const p of reg.patternsByFirst.get(t.norm) ?? []) {
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
  if (!best) return null;
  const ids = reg.keyIndex.get(normalizeKey(best.p.alias));
  return ids && ids.size === 1 ? best : null;
}

function findMentions(reg: Registry, text: string): OrganizationMention[] {
  const toks = tokenize(text);
  const out: OrganizationMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const best = longestMatchAt(reg, text, toks, i);
    if (best) {
      const start = toks[i]!.start;
      const end = toks[best.endTok]!.end;
      out.push({ organizationId: best.p.id, alias: text.slice(start, end), start, end });
      i = best.endTok + 1;
      continue;
    }
    i++;
  }
  return out;
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

/** A resolver over the gazetteer's organizations, learning more from "Full Name (ACR)" definitions in the text. */
export function createOrganizationResolver(gazetteer: Gazetteer): OrganizationResolver {
  const reg: Registry = { orgs: new Map(), keyIndex: new Map(), patternsByFirst: new Map() };
  const { orgs, keyIndex } = reg;
  for (const e of gazetteer.organizations) {
    addOrg(reg, { id: e.id, name: e.name, acronym: e.acronym, kind: e.kind, parentId: e.parent }, [
      e.name,
      ...(e.acronym ? [e.acronym] : []),
      ...e.aliases,
    ]);
  }
  return {
    resolve: (name) => resolveName(reg, name),
    findMentions: (text) => findMentions(reg, text),
    recordMentions: (text, paragraphId) => {
      const ms = findMentions(reg, text);
      for (const m of ms) markUsed(reg, m.organizationId, m.alias, paragraphId);
      return ms;
    },
    learnDefinitions: (text, provenance) => learnDefinitions(reg, text, provenance),
    markUsed: (organizationId, alias, paragraphId, rule) => markUsed(reg, organizationId, alias, paragraphId, rule),
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
