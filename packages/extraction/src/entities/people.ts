import type { AliasEvidence, ExtractedAffiliation, ExtractedParticipation, ExtractedPerson } from '../model.js';
import { participationIdFor, personIdFor, type PersonMention } from './mentions.js';
import { RULE_SURNAME_BACKREF } from './prose.js';
import { editDistance, stripAccents } from './text.js';

export const RULE_CANONICAL = 'canonical: most frequent spelling (tie: list of participants)';
export const RULE_CASE_ACCENTS = 'same name ignoring case and accents';
export const RULE_SPACING = 'same name ignoring spacing and hyphenation';
export const RULE_MIDDLE_INITIAL = 'same name ignoring middle initial';
export const RULE_MIDDLE_NAME = 'same first and last name, middle name omitted, same organization';
export const RULE_ORDER = 'same name with surname first';

export interface PersonMerge {
  from: string;
  to: string;
  rule: string;
}

export interface PeopleResolution {
  people: ExtractedPerson[];
  /** Provisional person id (slug of a printed spelling) → id of the resolved person. */
  personIdOf: Map<string, string>;
  merges: PersonMerge[];
}

interface Variant {
  pid: string;
  printed: Map<string, number>;
  /** Occurrences that print the full name (back-references excluded). */
  count: number;
  fromList: boolean;
  orgs: Set<string>;
  delegations: Set<string>;
  roles: Set<string>;
  honorifics: string[];
  firstParagraph: string | null;
  order: number;
  tokens: string[];
  compact: string;
}

const normTokens = (name: string) =>
  stripAccents(name)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9.]+/)
    .filter((t) => t !== '');

function roleKeys(m: PersonMention): string[] {
  const out: string[] = [];
  if (m.role === 'CHAIR') out.push('Chair');
  if (m.role === 'VICE_CHAIR') out.push('Vice-Chair');
  if (m.role === 'SECRETARY') out.push('Secretary');
  const t = m.title ?? '';
  if (/\bVice-Chair(?:person)?\b/i.test(t)) out.push('Vice-Chair');
  else if (/^Chair(?:person)?\b/i.test(t)) out.push('Chair');
  return out;
}

/**
 * Merges the spellings of one person across mentions and documents. Rules, in order:
 * same name ignoring case/accents; ignoring spacing and hyphens ("Mc Dade" = "McDade"); ignoring
 * middle initials ("Amina J. Mohammed" = "Amina Mohammed"); surname-first order; middle name
 * omitted within the same organization; edit distance ≤ 1 (≤ 2 for names of 14+ letters) on the
 * full name when an organization, a delegation or a role is shared. Two names that differ in
 * more than that — e.g. two people sharing a surname — are never merged.
 * Canonical spelling: the most frequent; a tie goes to the list of participants, then to the
 * earliest seen.
 */
export function resolvePeople(mentions: readonly PersonMention[]): PeopleResolution {
  const { links, clusters } = clusterVariants(collectVariants(mentions));
  const people: ExtractedPerson[] = [];
  const personIdOf = new Map<string, string>();
  const merges: PersonMerge[] = [];
  for (const members of clusters) {
    const spellings = spellingsOf(members);
    const canonical = spellings[0]!;
    const id = personIdFor(canonical.name);
    for (const v of members) personIdOf.set(v.pid, id);
    const reached = linkRules(canonical.v, links, id, merges);
    people.push({ id, name: canonical.name, honorific: honorificOf(members), aliases: aliasesOf(spellings, canonical, reached) });
  }
  people.sort((a, b) => a.id.localeCompare(b.id));
  return { people, personIdOf, merges };
}

/** One variant per provisional person id (a printed spelling), in order of first mention, with what its mentions say. */
function collectVariants(mentions: readonly PersonMention[]): Variant[] {
  const variants = new Map<string, Variant>();
  for (const m of mentions) {
    let v = variants.get(m.personId);
    if (!v) {
      v = newVariant(m, variants.size);
      variants.set(m.personId, v);
    }
    if (m.rule !== RULE_SURNAME_BACKREF) {
      v.printed.set(m.name, (v.printed.get(m.name) ?? 0) + 1);
      v.count++;
    }
    if (m.source === 'list-of-participants') v.fromList = true;
    if (m.organizationId) v.orgs.add(m.organizationId);
    if (m.delegationKey) v.delegations.add(m.delegationKey);
    for (const r of roleKeys(m)) v.roles.add(r);
    if (m.honorific) v.honorifics.push(m.honorific);
  }
  return [...variants.values()];
}

function newVariant(m: PersonMention, order: number): Variant {
  const tokens = normTokens(m.name);
  return {
    pid: m.personId,
    printed: new Map(),
    count: 0,
    fromList: false,
    orgs: new Set(),
    delegations: new Set(),
    roles: new Set(),
    honorifics: [],
    firstParagraph: m.provenance.paragraphId,
    order,
    tokens,
    compact: tokens.join('').replace(/\./g, ''),
  };
}

interface VariantLink {
  a: Variant;
  b: Variant;
  rule: string;
}

/** Union-find over every pair of variants, remembering the rule of each link; clusters in order of their first variant. */
function clusterVariants(list: readonly Variant[]): { links: VariantLink[]; clusters: Variant[][] } {
  const parent = new Map<string, string>(list.map((v) => [v.pid, v.pid]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const links: VariantLink[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      const rule = sameAs(a, b);
      if (rule === null) continue;
      links.push({ a, b, rule });
      const ra = find(a.pid);
      const rb = find(b.pid);
      if (ra !== rb) parent.set(rb, ra);
    }
  }
  const clusters = new Map<string, Variant[]>();
  for (const v of list) {
    const r = find(v.pid);
    let c = clusters.get(r);
    if (!c) clusters.set(r, (c = []));
    c.push(v);
  }
  return { links, clusters: [...clusters.values()] };
}

interface Spelling {
  name: string;
  count: number;
  fromList: boolean;
  order: number;
  v: Variant;
}

/** A cluster's spellings, the canonical first: most frequent, then from the list of participants, then earliest. */
function spellingsOf(members: readonly Variant[]): Spelling[] {
  const spellings: Spelling[] = [];
  for (const v of members) for (const [name, count] of v.printed) spellings.push({ name, count, fromList: v.fromList, order: v.order, v });
  if (spellings.length === 0) {
    // Only back-references: keep the variant's own id.
    for (const v of members) spellings.push({ name: v.pid, count: 0, fromList: v.fromList, order: v.order, v });
  }
  return spellings.sort((x, y) => y.count - x.count || Number(y.fromList) - Number(x.fromList) || x.order - y.order);
}

/**
 * Rule for each variant: the link that connected it, found by walking links from the canonical variant.
 * Each variant reached is recorded as a merge into `id`.
 */
function linkRules(canonical: Variant, links: readonly VariantLink[], id: string, merges: PersonMerge[]): Map<string, string> {
  const reached = new Map<string, string>([[canonical.pid, RULE_CANONICAL]]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of links) {
      const inA = reached.has(l.a.pid);
      const inB = reached.has(l.b.pid);
      if (inA !== inB) {
        const to = inA ? l.b : l.a;
        reached.set(to.pid, l.rule);
        merges.push({ from: to.pid, to: id, rule: l.rule });
        grew = true;
      }
    }
  }
  return reached;
}

/** Each spelling once, earliest first, with the rule that made it an alias; the canonical spelling leads. */
function aliasesOf(spellings: readonly Spelling[], canonical: Spelling, reached: ReadonlyMap<string, string>): AliasEvidence[] {
  const aliases: AliasEvidence[] = [];
  const seenAlias = new Set<string>();
  for (const s of [...spellings].sort((x, y) => x.order - y.order || y.count - x.count)) {
    if (seenAlias.has(s.name)) continue;
    seenAlias.add(s.name);
    let rule = reached.get(s.v.pid) ?? RULE_CANONICAL;
    if (s.name === canonical.name) rule = RULE_CANONICAL;
    else if (s.v.pid === canonical.v.pid) rule = RULE_CASE_ACCENTS;
    aliases.push({ alias: s.name, rule, paragraphId: s.v.firstParagraph });
  }
  return aliases.sort((x, y) => Number(y.rule === RULE_CANONICAL) - Number(x.rule === RULE_CANONICAL));
}

/** The first honorific that says more than Mr/Ms/Mrs ("Dr.", "H.E."), else the first. */
function honorificOf(members: readonly Variant[]): string | null {
  const hon = members.flatMap((v) => v.honorifics);
  return hon.find((h) => !/^(?:Mr|Ms|Mrs)\.?$/.test(h)) ?? hon[0] ?? null;
}

/** Why two spellings are the same person, or null. */
function sameAs(a: Variant, b: Variant): string | null {
  if (a.tokens.length < 2 || b.tokens.length < 2) return null;
  if (a.compact === b.compact) return a.tokens.join(' ') === b.tokens.join(' ') ? RULE_CASE_ACCENTS : RULE_SPACING;
  const noInitials = (t: string[]) => t.filter((x) => !/^[a-z]\.?$/.test(x));
  const ai = noInitials(a.tokens);
  const bi = noInitials(b.tokens);
  if (ai.length >= 2 && ai.join(' ') === bi.join(' ')) return RULE_MIDDLE_INITIAL;
  if (a.tokens.length <= 3 && a.tokens.length === b.tokens.length && [...a.tokens].sort().join(' ') === [...b.tokens].sort().join(' ')) {
    return RULE_ORDER;
  }
  const agreement = agree(a, b);
  if (agreement === null) return null;
  const [short, long] = ai.length <= bi.length ? [ai, bi] : [bi, ai];
  if (
    short.length >= 2 &&
    long.length > short.length &&
    short[0] === long[0] &&
    short.at(-1) === long.at(-1) &&
    agreement.startsWith('within the same')
  ) {
    return RULE_MIDDLE_NAME;
  }
  const d = editDistance(a.tokens.join(' '), b.tokens.join(' '));
  const max = Math.min(a.compact.length, b.compact.length) >= 14 ? 2 : 1;
  if (d <= max && a.tokens.length === b.tokens.length) return `edit distance ${d} ${agreement}`;
  return null;
}

function agree(a: Variant, b: Variant): string | null {
  const d = [...a.delegations].find((x) => b.delegations.has(x));
  if (d) return 'within the same delegation';
  const o = [...a.orgs].find((x) => b.orgs.has(x));
  if (o) return `within the same organization (${o})`;
  const r = [...a.roles].find((x) => b.roles.has(x));
  if (r) return `with the same role (${r})`;
  return null;
}

/** Rewrites provisional person ids in participations (ids recomputed) and affiliations; drops duplicates. */
export function applyPersonIds(
  personIdOf: ReadonlyMap<string, string>,
  participations: readonly ExtractedParticipation[],
  affiliations: readonly ExtractedAffiliation[],
): { participations: ExtractedParticipation[]; affiliations: ExtractedAffiliation[] } {
  const map = (pid: string) => personIdOf.get(pid) ?? pid;
  const parts = new Map<string, ExtractedParticipation>();
  for (const p of participations) {
    const personId = map(p.personId);
    const id = participationIdFor(p.sessionId, personId, p.role);
    if (!parts.has(id)) parts.set(id, { ...p, id, personId });
  }
  const affs = new Map<string, ExtractedAffiliation>();
  for (const a of affiliations) {
    const personId = map(a.personId);
    const k = `${personId}|${a.organizationId}|${a.title ?? ''}|${a.provenance.documentId}|${a.provenance.paragraphId ?? ''}`;
    if (!affs.has(k)) affs.set(k, { ...a, personId });
  }
  return { participations: [...parts.values()], affiliations: [...affs.values()] };
}
