import type { ExtractedAffiliation, Provenance, Unplaced } from '../model.js';
import type { OrganizationMention, OrganizationResolver } from './organizations.js';
import { ORG_KEYWORDS } from './organizations.js';
import { isKnownGivenName, isNameToken, isParticle } from './names.js';
import { personIdFor, type PersonMention } from './mentions.js';
import { editDistance, squash, stripAccents } from './text.js';

export const RULE_TITLE_OF_ORG_NAME = '<Title> of <Org>, <Name>';
export const RULE_NAME_TITLE_ORG = '<Name>, <Title>, <Org>';
export const RULE_NAME_TITLE = '<Name>, <Title>';
export const RULE_NAME_OF_ORG = '<Name> of the <Org>';
export const RULE_SURNAME_BACKREF = 'Mr./Ms. <Surname> referring back to a full name in the same document';
export const RULE_HONORIFIC_FULL_NAME = 'honorific and full name';
export const RULE_SEEN_NAME = 'full name seen before';
export const RULE_RESPECTIVELY = '<Name> and <Name>, <Titles> of <Org> and <Org> respectively';
export const RULE_SIGNATURE = 'signature: surname in capitals, then given name';
export const RULE_GIVEN_NAME_SUBJECT = 'full name starting with a known given name, followed by a verb';

/** Full names seen so far in one document, in reading order (for "Mr. <Surname>" back-references). */
export interface DocumentPeople {
  names: string[];
  add(name: string): void;
  /** The one earlier full name whose surname is `surname`; 'ambiguous' when several different people. */
  bySurname(surname: string): string | 'ambiguous' | null;
  has(name: string): boolean;
}

const key = (s: string) =>
  stripAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function createDocumentPeople(initial: readonly string[] = []): DocumentPeople {
  const names: string[] = [];
  const dp: DocumentPeople = {
    names,
    add(name) {
      if (!names.some((n) => key(n) === key(name))) names.push(name);
    },
    has: (name) => names.some((n) => key(n) === key(name)),
    bySurname(surname) {
      const s = key(surname);
      const hits = names.filter((n) => {
        const k = key(n);
        return k === s || k.endsWith(` ${s}`);
      });
      if (hits.length === 0) return null;
      // Spelling variants of one person ("William Lary Swing", "William Lacy Swing") are not ambiguous.
      const first = hits[0]!;
      return hits.every((h) => editDistance(key(h), key(first)) <= 2) ? first : 'ambiguous';
    },
  };
  for (const n of initial) dp.add(n);
  return dp;
}

export interface ProseContext {
  documentId: string;
  paragraphId: string | null;
  fileName: string;
  /** 1-based line of the paragraph in the source file. */
  line?: number;
  resolver: OrganizationResolver;
  /** Names seen earlier in the same document; updated with the names found here. */
  seen: DocumentPeople;
  /** Full names known from other sources (e.g. lists of participants); matched when printed in full. */
  knownNames?: readonly string[];
}

export interface ProseResult {
  mentions: PersonMention[];
  affiliations: ExtractedAffiliation[];
  unplaced: Unplaced[];
}

interface Tok {
  text: string;
  core: string;
  start: number;
  end: number;
  /** Punctuation right after the core ("," "." ";" ":" ")"). */
  trail: string;
}

const HONORIFIC_RE = /^(Mr|Ms|Mrs|Dr|Messrs|Mmes|Prof)\.$/;
const TITLE_WORDS = new Set([
  'secretary',
  'secretaries',
  'director',
  'directors',
  'administrator',
  'chair',
  'chairperson',
  'chairman',
  'president',
  'head',
  'chief',
  'representative',
  'envoy',
  'adviser',
  'advisor',
  'commissioner',
  'coordinator',
  'officer',
  'minister',
  'ambassador',
  'executive',
  'deputy',
  'assistant',
  'vice',
  'general',
  'rapporteur',
  'manager',
  'spokesperson',
  'expert',
  'principal',
  'senior',
  'associate',
  'specialist',
  'consultant',
  'counsellor',
  'counselor',
  'judge',
  'prosecutor',
]);
/** Capitalized words that never belong to a personal name in these records. */
const STOP_WORDS = new Set([
  'the',
  'in',
  'on',
  'at',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'this',
  'that',
  'these',
  'those',
  'with',
  'during',
  'following',
  'further',
  'furthermore',
  'finally',
  'also',
  'however',
  'indeed',
  'through',
  'under',
  'since',
  'after',
  'before',
  'while',
  'when',
  'as',
  'for',
  'from',
  'by',
  'to',
  'of',
  'and',
  'or',
  'but',
  'members',
  'member',
  'states',
  'state',
  'united',
  'nations',
  'kingdom',
  'republic',
  'african',
  'european',
  'general',
  'assembly',
  'summit',
  'goals',
  'goal',
  'agenda',
  'day',
  'year',
  'decade',
  'declaration',
  'framework',
  'platform',
  'report',
  'resolution',
  'working',
  'special',
  'high',
  'level',
  'high-level',
  'international',
  'global',
  'world',
  'regional',
  'national',
  'north',
  'south',
  'east',
  'west',
  'new',
  'york',
  'geneva',
  'sustainable',
  'development',
  'human',
  'rights',
  'climate',
  'change',
  'water',
  'energy',
  'internet',
  'charter',
  'convention',
  'protocol',
  'action',
  'plan',
  'review',
  'session',
  'annex',
  'secretariat',
  'we',
  'i',
  'he',
  'she',
  'they',
  'it',
  'there',
  'recent',
  'in-depth',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'government',
  'governments',
  'headquarters',
  'palais',
  'wilson',
  'millennium',
  'post-2015',
  'affairs',
  'countries',
  'committees',
  'least',
  'developed',
  'landlocked',
  'island',
  'small',
]);
const CONNECTOR_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'to', 'from', 'at', 'in']);
const LEADING_MODIFIERS = new Set([
  'the',
  'its',
  'his',
  'her',
  'their',
  'my',
  'our',
  'new',
  'outgoing',
  'incoming',
  'current',
  'former',
  'acting',
  'then',
  'also',
]);

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = /^[(“"‘']*/.exec(raw)![0].length;
    let body = raw.slice(lead);
    const trailM = /[,.;:)”"’']*$/.exec(body)!;
    let trail = trailM[0];
    body = body.slice(0, body.length - trail.length);
    // Abbreviation-like tokens keep their final dot ("Mr.", "J.").
    if (trail.startsWith('.') && (/^\p{Lu}$/u.test(body) || /^(Mr|Ms|Mrs|Dr|Messrs|Mmes|Prof|St)$/.test(body))) {
      body += '.';
      trail = trail.slice(1);
    }
    const core = body.replace(/['’]s$/, '');
    if (core !== body) trail = `’s${trail}`;
    out.push({ text: raw, core, start: m.index + lead, end: m.index + lead + core.length, trail });
  }
  return out;
}

const lowerHyphenParts = (w: string) => stripAccents(w).toLowerCase().split(/[-–]/);
const isTitleWord = (w: string) => lowerHyphenParts(w).some((p) => TITLE_WORDS.has(p));
const hasTitleWord = (s: string) => s.split(/\s+/).some((w) => isTitleWord(w.replace(/[^\p{L}-]/gu, '')));

function isPersonNameWord(core: string): boolean {
  if (!isNameToken(core)) return false;
  const l = stripAccents(core).toLowerCase();
  if (STOP_WORDS.has(l) || ORG_KEYWORDS.has(l) || isTitleWord(core)) return false;
  if (/^\p{Lu}{2,}$/u.test(core)) return false; // acronyms
  return true;
}

/**
 * People named in one paragraph of prose, with their titles and organizations:
 * "<Title> of <Org>, <Name>", "<Name>, <Title>, <Org>", "<Name>, <Title> of the <Org> (<ACR>)",
 * "<Name> of the <Org>", "Mr./Ms. <Surname>" referring back to a full name seen earlier in the
 * same document, honorific + full name, and full names already known.
 */
export function extractPeopleFromProse(paragraphText: string, ctx: ProseContext): ProseResult {
  const text = squash(paragraphText);
  const toks = tokenize(text);
  const orgMentions = ctx.resolver.findMentions(text);
  const res: ProseResult = { mentions: [], affiliations: [], unplaced: [] };
  const prov: Provenance = {
    documentId: ctx.documentId,
    paragraphId: ctx.paragraphId,
    ...(ctx.line !== undefined ? { line: ctx.line } : {}),
  };
  const inOrg = (start: number, end: number) => orgMentions.some((m) => m.start < end && start < m.end);
  const known = (name: string) => ctx.seen.has(name) || (ctx.knownNames ?? []).some((k) => key(k) === key(name));
  const taken = new Set<number>(); // token indexes already used by a mention

  const emit = (name: string, honorific: string | null, title: string | null, org: OrganizationMention | null, rule: string) => {
    const clean = squash(name);
    const personId = personIdFor(clean);
    res.mentions.push({
      personId,
      name: clean,
      honorific,
      title,
      organizationId: org?.organizationId ?? null,
      role: null,
      source: 'prose',
      rule,
      delegationKey: null,
      provenance: prov,
    });
    if (org) {
      ctx.resolver.markUsed(org.organizationId, org.alias, ctx.paragraphId);
      res.affiliations.push({ personId, organizationId: org.organizationId, title, provenance: prov });
    }
    ctx.seen.add(clean);
  };
  const unplace = (t: string, reason: string) => res.unplaced.push({ fileName: ctx.fileName, line: ctx.line ?? 0, text: t, reason });

  // A signature: surname in capitals, then the given name ("BAN Ki-moon", end of 003 annex I).
  const sig = /^(\p{Lu}{2,}(?:-\p{Lu}{2,})?) (\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?=\s|$)/u.exec(text);
  if (sig && toks.length <= 8 && ctx.resolver.resolve(sig[1]!) === null && isPersonNameWord(sig[2]!)) {
    const surname = sig[1]!.charAt(0) + sig[1]!.slice(1).toLowerCase();
    emit(`${surname} ${sig[2]!}`, null, null, null, RULE_SIGNATURE);
    taken.add(0);
    taken.add(1);
  }

  for (let i = 0; i < toks.length; i++) {
    if (taken.has(i)) continue;
    const tok = toks[i]!;

    // Honorifics: "Mr. Steiner", "Ms. Amina Mohammed", "Messrs. Jarraud and Yumkella".
    if (HONORIFIC_RE.test(tok.core)) {
      const honorific = tok.core === 'Messrs.' ? 'Mr.' : tok.core === 'Mmes.' ? 'Ms.' : tok.core;
      const groups: number[][] = [];
      let j = i + 1;
      let run: number[] = [];
      while (j < toks.length) {
        const t = toks[j]!;
        if (isNameToken(t.core) && !/^\p{Lu}{2,}$/u.test(t.core)) {
          run.push(j);
          if (t.trail !== '' && !t.trail.startsWith('’s')) {
            j++;
            break;
          }
          if (t.trail.startsWith('’s')) {
            j++;
            break;
          }
          j++;
          continue;
        }
        if ((tok.core === 'Messrs.' || tok.core === 'Mmes.') && t.core === 'and' && run.length > 0) {
          groups.push(run);
          run = [];
          j++;
          continue;
        }
        break;
      }
      if (run.length > 0) groups.push(run);
      if (groups.length === 0) continue;
      for (const g of groups) {
        g.forEach((k) => taken.add(k));
        const words = g.map((k) => toks[k]!.core);
        const printed = words.join(' ');
        const full = words.length >= 2 && isKnownGivenName(words[0]!) ? printed : null;
        if (full !== null) {
          const after = afterName(g[g.length - 1]!);
          const { title, org, rule } = after ?? { title: null, org: null, rule: RULE_HONORIFIC_FULL_NAME };
          emit(full, honorific, title, org, rule === RULE_HONORIFIC_FULL_NAME ? rule : `${RULE_HONORIFIC_FULL_NAME}; ${rule}`);
          continue;
        }
        const back = ctx.seen.bySurname(printed);
        if (back === null) unplace(`${tok.core} ${printed}`, 'no earlier full name with this surname in the document');
        else if (back === 'ambiguous') unplace(`${tok.core} ${printed}`, 'several earlier people share this surname');
        else emit(back, honorific, null, null, RULE_SURNAME_BACKREF);
      }
      i = Math.max(i, groups.at(-1)?.at(-1) ?? i);
      continue;
    }

    // A run of personal-name words.
    if (!isPersonNameWord(tok.core)) continue;
    const run: number[] = [i];
    let j = i;
    while (toks[j]!.trail === '' && j + 1 < toks.length) {
      const n = toks[j + 1]!;
      if (isParticle(n.core) && j + 2 < toks.length && isPersonNameWord(toks[j + 2]!.core) && n.trail === '') {
        run.push(j + 1);
        j++;
        continue;
      }
      if (!isPersonNameWord(n.core)) break;
      run.push(j + 1);
      j++;
    }
    const coreCount = run.filter((k) => !isParticle(toks[k]!.core)).length;
    if (coreCount < 2 || coreCount > 5) {
      continue;
    }
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const name = run.map((k) => toks[k]!.core).join(' ');
    if (inOrg(toks[first]!.start, toks[last]!.end)) continue;
    const prev = first > 0 ? toks[first - 1]! : null;

    const clauseStart = prev === null || /[,;:.]/.test(prev.trail) || /^\d+\.$/.test(prev.core);
    const plausible =
      clauseStart || isKnownGivenName(toks[first]!.core) || known(name) || (prev !== null && ['to', 'by', 'and'].includes(prev.core));
    if (!plausible) continue;
    // "<Name1> and <Name2>, <Titles> of <Org1> and <Org2> respectively".
    const resp = respectively(run);
    if (resp) {
      i = resp;
      continue;
    }
    // "<Name>, <Title>, <Org>" / "<Name>, <Title> of <Org>" / "<Name> of the <Org> (ACR)".
    const after = afterName(last);
    // "<Title> of <Org>, <Name>,": the clause before the name holds a title.
    const before = prev !== null && prev.trail.startsWith(',') ? titleBefore(first) : null;

    if (before !== null && (toks[last]!.trail !== '' || after?.rule === RULE_NAME_OF_ORG)) {
      run.forEach((k) => taken.add(k));
      if (after !== null && after.org !== null) {
        if (before.org !== null && before.org.organizationId !== after.org.organizationId) {
          emit(name, null, before.title, before.org, RULE_TITLE_OF_ORG_NAME);
          emit(name, null, after.title, after.org, after.rule);
        } else {
          emit(name, null, after.title ?? before.title, after.org, `${RULE_NAME_TITLE}; ${after.rule}`);
        }
      } else {
        emit(name, null, before.title, before.org, before.org ? RULE_TITLE_OF_ORG_NAME : RULE_NAME_TITLE);
      }
      i = last;
      continue;
    }
    if (after !== null) {
      run.forEach((k) => taken.add(k));
      emit(name, null, after.title, after.org, after.rule);
      i = last;
      continue;
    }
    if (known(name)) {
      run.forEach((k) => taken.add(k));
      emit(name, null, null, null, RULE_SEEN_NAME);
      i = last;
      continue;
    }
    // "In the ensuing discussion, Jose Graziano da Silva stressed ...": a clause-initial full name
    // starting with a known given name and followed by a lower-case verb.
    const next = toks[last + 1];
    if (
      clauseStart &&
      isKnownGivenName(toks[first]!.core) &&
      toks[last]!.trail === '' &&
      next &&
      /^\p{Ll}+$/u.test(next.core) &&
      !isParticle(next.core) &&
      !['and', 'of', 'for', 'to', 'in', 'on', 'the'].includes(next.core)
    ) {
      run.forEach((k) => taken.add(k));
      emit(name, null, null, null, RULE_GIVEN_NAME_SUBJECT);
      i = last;
    }
  }
  return res;

  /** Handles "A B and C D, Titles of Org1 and Org2 respectively"; returns the last token used, or 0. */
  function respectively(run: number[]): number {
    const last = run[run.length - 1]!;
    if (toks[last]!.trail !== '' || toks[last + 1]?.core !== 'and') return 0;
    const second: number[] = [];
    let j = last + 2;
    while (j < toks.length && isPersonNameWord(toks[j]!.core)) {
      second.push(j);
      if (toks[j]!.trail !== '') break;
      j++;
    }
    if (second.length < 2 || !toks[second[second.length - 1]!]!.trail.startsWith(',')) return 0;
    const segStart = toks[second[second.length - 1]!]!.end + 2;
    const r = /\brespectively\b/g;
    r.lastIndex = segStart;
    const rm = r.exec(text);
    if (!rm) return 0;
    const seg = text.slice(segStart, rm.index);
    if (/[;.]/.test(seg.replace(/\([^)]*\)/g, ''))) return 0;
    const ids: OrganizationMention[] = [];
    for (const m of orgMentions) {
      if (m.start < segStart || m.end > rm.index) continue;
      if (ids.length > 0 && ids[ids.length - 1]!.organizationId === m.organizationId) continue;
      ids.push(m);
    }
    if (ids.length !== 2) return 0;
    const rawTitle = seg.split(/ (?:of|for|at) (?:the )?/)[0]!;
    if (!hasTitleWord(rawTitle)) return 0;
    const title = squash(rawTitle)
      .replace(/\bSecretaries\b/g, 'Secretary')
      .replace(/\b(Director|Head|Chair|Representative)s\b/g, '$1');
    const names = [run, second].map((r2) => r2.map((k) => toks[k]!.core).join(' '));
    [...run, ...second].forEach((k) => taken.add(k));
    emit(names[0]!, null, title, ids[0]!, RULE_RESPECTIVELY);
    emit(names[1]!, null, title, ids[1]!, RULE_RESPECTIVELY);
    return second[second.length - 1]!;
  }

  /** Title and organization printed after a name: ", Title, Org," / ", Title of the Org (ACR)," / " of the Org (ACR)". */
  function afterName(lastIdx: number): { title: string | null; org: OrganizationMention | null; rule: string } | null {
    const lastTok = toks[lastIdx]!;
    const pos = lastTok.end;
    const rest = text.slice(pos);
    // " of the <Org>" right after the name.
    const ofM = /^ of (?:the )?/.exec(rest);
    if (ofM && lastTok.trail === '') {
      const org = orgMentions.find((m) => m.start === pos + ofM[0].length);
      if (org) return { title: null, org, rule: RULE_NAME_OF_ORG };
      return null;
    }
    if (!rest.startsWith(', ')) return null;
    // Comma-separated segments up to the end of the appositive.
    let p = pos + 2;
    const segs: { start: number; end: number }[] = [];
    while (p < text.length) {
      // An organization name may contain commas: jump over a mention starting here.
      const m = orgMentions.find((o) => o.start === p);
      const stopAt = (from: number) => {
        const r = /,|;|\.(?=\s|$)/g;
        r.lastIndex = from;
        const x = r.exec(text);
        return x ? x.index : text.length;
      };
      let end: number;
      if (m) {
        let e = m.end;
        const acr = /^ \([^)]*\)/.exec(text.slice(e));
        if (acr) e += acr[0].length;
        end = /^(?:[,;]|\.(?=\s|$)|$)/.test(text.slice(e)) ? e : stopAt(e);
      } else {
        end = stopAt(p);
      }
      const segText = text.slice(p, end);
      if (segs.length === 0 && !/^(?:(?:the|outgoing|new|incoming|former|acting|current|then)\s+)*\p{Lu}/u.test(segText)) return null;
      if (segs.length > 0 && /^\p{Ll}/u.test(segText)) break; // "who would ...", "explained that ..."
      segs.push({ start: p, end });
      if (text[end] !== ',') break;
      p = end + 2;
      if (text[end + 1] !== ' ') break;
      if (segs.length > 8) break;
    }
    if (segs.length === 0) return null;
    const firstSeg = text.slice(segs[0]!.start, segs[0]!.end);
    if (!hasTitleWord(firstSeg.split(/\s+/).slice(0, 5).join(' '))) return null;
    // The organization: the last segment that begins with a mention covering the segment (a verb may follow),
    // else a mention ending the last title segment ("Executive Director of UNICEF").
    let orgIdx = -1;
    let org: OrganizationMention | null = null;
    for (let s = segs.length - 1; s >= 0; s--) {
      const seg = segs[s]!;
      const m = orgMentions.find((o) => o.start === seg.start);
      if (!m) continue;
      const tail = text.slice(m.end, seg.end);
      if (/^(?: \([^)]*\))?(?: \p{Ll}.*)?$/u.test(tail)) {
        orgIdx = s;
        org = m;
        break;
      }
    }
    let titleSegs = orgIdx >= 0 ? segs.slice(0, orgIdx) : segs;
    if (orgIdx < 0) {
      // Cut the trailing verb phrase off the last segment ("UNODC presented an issues note").
      const lastSeg = segs[segs.length - 1]!;
      const inLast = orgMentions.filter((o) => o.start >= lastSeg.start && o.end <= lastSeg.end);
      for (const m of [...inLast].reverse()) {
        const tail = text.slice(m.end, lastSeg.end);
        const head = text.slice(lastSeg.start, m.start);
        if (/^(?: \([^)]*\))?(?: \p{Ll}.*)?$/u.test(tail) && / (?:of|for|at) (?:the )?$/.test(head)) {
          org = m;
          titleSegs = [
            ...segs.slice(0, -1),
            { start: lastSeg.start, end: lastSeg.start + head.replace(/ (?:of|for|at) (?:the )?$/, '').length },
          ];
          break;
        }
        if (/^(?: \([^)]*\))?(?: \p{Ll}.*)?$/u.test(tail) && head === '') {
          org = m;
          titleSegs = segs.slice(0, -1);
          break;
        }
      }
      if (org === null) {
        // "Special Representative of the World Bank to the United Nations": the first "of <Org>".
        const m = inLast.find((o) => / of (?:the )?$/.test(text.slice(lastSeg.start, o.start)));
        if (m) org = m;
      }
      if (org === null) {
        // "United Nations Population Fund Geneva Liaison Office": a segment opening with a mention.
        const m = inLast.find((o) => o.start === lastSeg.start);
        if (m && segs.length > 1) {
          org = m;
          titleSegs = segs.slice(0, -1);
        }
      }
    }
    if (titleSegs.length === 0) return org ? { title: null, org, rule: RULE_NAME_TITLE_ORG } : null;
    // Drop a trailing verb phrase from the last title segment ("Chief of Staff explained that").
    const title = titleSegs
      .map((s) => text.slice(s.start, s.end))
      .join(', ')
      .replace(/\s+\p{Ll}+(?:\s.*)?$/u, (m0) => (/^\s+(?:of|for|and|on|in|to|the|at)\b/.test(m0) ? m0 : ''));
    if (title === '' || !hasTitleWord(title)) return org ? { title: null, org, rule: RULE_NAME_TITLE_ORG } : null;
    return { title: squash(title).replace(/^the\s+/, ''), org, rule: org ? RULE_NAME_TITLE_ORG : RULE_NAME_TITLE };
  }

  /** "<Title> of <Org>, " right before the name (back to the previous comma, semicolon or sentence start). */
  function titleBefore(firstIdx: number): { title: string; org: OrganizationMention | null } | null {
    const end = toks[firstIdx - 1]!.end; // before the comma
    let start = 0;
    for (let k = firstIdx - 2; k >= 0; k--) {
      const t = toks[k]!;
      if (/[,;:.]/.test(t.trail) && !/^(?:Mr|Ms|Dr)\.$/.test(t.core)) {
        start = toks[k + 1]!.start;
        break;
      }
      if (/^\d+\.$/.test(t.core)) {
        start = toks[k + 1]!.start;
        break;
      }
    }
    // Walk back from the comma over capitalized words, connectors, title words and organization names:
    // "The Chair informed the Committee that its current Vice-Chair" → "Vice-Chair".
    let from = end;
    for (let k = firstIdx - 1; k >= 0; k--) {
      const t = toks[k]!;
      if (t.start < start) break;
      if (k < firstIdx - 1 && /[,;:.]/.test(t.trail)) break;
      const inside = orgMentions.some((m) => m.start <= t.start && t.end <= m.end);
      const ok = inside || /^\p{Lu}/u.test(t.core) || CONNECTOR_WORDS.has(t.core) || isTitleWord(t.core) || LEADING_MODIFIERS.has(t.core);
      if (!ok) break;
      from = t.start;
    }
    const words = text
      .slice(from, end)
      .split(/\s+/)
      .filter((w) => w !== '');
    while (words.length > 0 && (LEADING_MODIFIERS.has(words[0]!.toLowerCase()) || CONNECTOR_WORDS.has(words[0]!.toLowerCase())))
      words.shift();
    if (words.length === 0 || words.length > 25) return null;
    if (!hasTitleWord(words.join(' '))) return null;
    const title = words.join(' ');
    const titleStart = end - title.length;
    // The organization: a mention introduced by of/from/for/at, ending the title.
    const ms = orgMentions.filter((m) => m.start >= titleStart && m.end <= end);
    for (const m of ms.reverse()) {
      const head = text.slice(titleStart, m.start);
      const tail = text.slice(m.end, end);
      if (/ (?:of|from|for|at) (?:the )?$/.test(head) && /^(?: \([^)]*\))?$/.test(tail)) {
        return { title: squash(head.replace(/ (?:of|from|for|at) (?:the )?$/, '')), org: m };
      }
    }
    return { title: squash(title), org: null };
  }
}
