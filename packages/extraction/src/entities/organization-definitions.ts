/** "Full Name (ACR)" in running text: an acronym for a known organization, a name for a known acronym, or a new organization. */
import type { Provenance } from '../model.js';
import {
  backwardRun,
  hasOrgKeyword,
  initialsFit,
  isNameStart,
  joinWords,
  kindOfNewOrganization,
  TITLE_WORDS,
} from './organization-words.js';
import { addName, addOrg, markUsed, RULE_ACRONYM_DEFINED, type Registry, resolveName } from './organization-registry.js';
import type { LearnedDefinition } from './organizations.js';
import { slugify, stripAccents } from './text.js';

/** Picks up the "Full Name (ACR)" definitions of a text; adds aliases or creates organizations (kind OTHER). */
export function learnDefinitions(reg: Registry, text: string, provenance: Provenance): LearnedDefinition[] {
  const out: LearnedDefinition[] = [];
  const re = /\(([\p{L}][\p{L}\p{N}&.-]*)\)/gu;
  for (const m of text.matchAll(re)) {
    const acronym = m[1]!;
    if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    if (/^\p{Lu}?[\p{Ll}]+$/u.test(acronym)) continue;
    const before = text.slice(0, m.index).replace(/\s+$/, '');
    const words = backwardRun(before);
    if (words.length === 0) continue;
    const def = chooseDefinition(reg, words, acronym, provenance);
    if (!def) continue;
    out.push(def);
  }
  return out;
}

/** The three readings of a definition, in order of trust. */
function chooseDefinition(reg: Registry, words: string[], acronym: string, provenance: Provenance): LearnedDefinition | null {
  const acrId = resolveName(reg, acronym);
  const known = knownNameDefinition(reg, words, acronym, acrId, provenance);
  if (known !== undefined) return known;
  // Not a known name: cut the run at the last title word ("Secretaries-General of the ...").
  let from = 0;
  for (let s = 0; s < words.length; s++) {
    const w = words[s]!.toLowerCase();
    if (w.split('-').some((p) => TITLE_WORDS.has(p)) || /-general$/.test(w)) from = s + 1;
  }
  const cand = words.slice(from);
  const starts: number[] = [];
  for (let s = 0; s < cand.length; s++) if (isNameStart(cand[s]!)) starts.push(s);
  if (starts.length === 0) return null;
  if (acrId !== null) return knownAcronymDefinition(reg, cand, starts, acronym, acrId, provenance);
  return newOrganizationDefinition(reg, cand, starts, acronym, provenance);
}

/** 1. The longest suffix of the run that names a known organization: the acronym becomes its alias (undefined: none does). */
function knownNameDefinition(
  reg: Registry,
  words: string[],
  acronym: string,
  acrId: string | null,
  provenance: Provenance,
): LearnedDefinition | null | undefined {
  for (let s = 0; s < words.length; s++) {
    if (!isNameStart(words[s]!)) continue;
    const ws = words.slice(s);
    // A bare acronym inside a longer name ("... of the CIS (CISSTAT)") defines nothing.
    if (ws.length === 1 && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(ws[0]!)) continue;
    const name = joinWords(ws);
    const id = resolveName(reg, name);
    if (!id) continue;
    if (acrId !== null && acrId !== id) return null; // conflicting: report nothing
    const org = reg.orgs.get(id)!;
    const newAliases: string[] = [];
    if (acrId === null && addName(reg, org, acronym)) newAliases.push(acronym);
    if (newAliases.length > 0)
      org.evidence.set(acronym, { alias: acronym, rule: RULE_ACRONYM_DEFINED, paragraphId: provenance.paragraphId });
    markUsed(reg, id, name, provenance.paragraphId);
    return { organizationId: id, name, acronym, created: false, newAliases, provenance };
  }
  return undefined;
}

/** 2. A known acronym after an unknown name: the name becomes its alias when it reads as an organization's. */
function knownAcronymDefinition(
  reg: Registry,
  cand: string[],
  starts: number[],
  acronym: string,
  acrId: string,
  provenance: Provenance,
): LearnedDefinition | null {
  const name = joinWords(cand.slice(starts[0]));
  if (!hasOrgKeyword(name)) return null;
  const org = reg.orgs.get(acrId)!;
  const added = addName(reg, org, name);
  if (added) org.evidence.set(name, { alias: name, rule: RULE_ACRONYM_DEFINED, paragraphId: provenance.paragraphId });
  markUsed(reg, acrId, acronym, provenance.paragraphId);
  return { organizationId: acrId, name, acronym, created: false, newAliases: added ? [name] : [], provenance };
}

/** 3. Unknown name and unknown acronym: the longest suffix starting with the acronym's first letter. */
function newOrganizationDefinition(
  reg: Registry,
  cand: string[],
  starts: number[],
  acronym: string,
  provenance: Provenance,
): LearnedDefinition | null {
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
    if (reg.orgs.has(id)) id = slugify(name);
    if (reg.orgs.has(id)) return null;
    const { kind, parentId } = kindOfNewOrganization(name, (x) => reg.orgs.has(x));
    const org = addOrg(reg, { id, name, acronym, kind, parentId }, [name, acronym]);
    org.evidence.set(name, { alias: name, rule: RULE_ACRONYM_DEFINED, paragraphId: provenance.paragraphId });
    org.evidence.set(acronym, { alias: acronym, rule: RULE_ACRONYM_DEFINED, paragraphId: provenance.paragraphId });
    org.used = true;
    return { organizationId: id, name, acronym, created: true, newAliases: [name, acronym], provenance };
  }
  return null;
}
